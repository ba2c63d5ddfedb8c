import 'dayjs/locale/vi';
import '@mantine/dates/styles.css';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { roleLabels } from '@khcn/domain';
import {
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { ModalsProvider, modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { recordAreaLabel, recordAreas } from '../shared/record-kinds.ts';
import { NavLinkLink } from '../shared/router-links.tsx';
import { describeApiError } from './api-error.ts';
import { useCan, useCurrentUser } from './current-user.ts';
import { trpc } from './trpc.ts';

// Typed dates ("31/03/2027" in a DateInput with valueFormat DD/MM/YYYY) are parsed with the format only
// when dayjs has this plugin; without it typing a date leaves the field empty.
dayjs.extend(customParseFormat);

/** The signed-in frame: header with the user menu, navigation, main landmark with a skip link. */
export function AppShellLayout() {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the page's heading area after navigation, so keyboard and screen-reader users land there.
  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    closeNav();
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, closeNav]);

  return (
    <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
      <ModalsProvider labels={{ confirm: 'Đồng ý', cancel: 'Hủy' }}>
        <a className="skip-link" href="#main">
          Bỏ qua, đến nội dung chính
        </a>
        <AppShell
          header={{ height: 60 }}
          navbar={{ width: 260, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
          padding="md"
        >
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <Burger
                  opened={navOpened}
                  onClick={toggleNav}
                  hiddenFrom="md"
                  size="sm"
                  aria-label={navOpened ? 'Đóng menu điều hướng' : 'Mở menu điều hướng'}
                />
                <Text component={Link} to="/" fw={700} c="blue.9" size="lg" td="none">
                  Báo cáo KH&amp;CN
                </Text>
                <Text size="sm" c="dimmed" visibleFrom="sm">
                  Hệ thống quản trị nội bộ
                </Text>
              </Group>
              <UserMenu />
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="xs" aria-label="Điều hướng chính">
            <ScrollArea type="auto">
              <MainNavigation pathname={pathname} />
            </ScrollArea>
          </AppShell.Navbar>
          <AppShell.Main id="main" ref={mainRef} tabIndex={-1} style={{ outline: 'none' }}>
            <Outlet />
          </AppShell.Main>
        </AppShell>
      </ModalsProvider>
    </DatesProvider>
  );
}

function MainNavigation({ pathname }: { pathname: string }) {
  const canManageUsers = useCan('user.manage');
  const canReadAudit = useCan('audit.read');
  const isActive = (prefix: string) => (prefix === '/' ? pathname === '/' : pathname.startsWith(prefix));
  return (
    <>
      <NavLinkLink to="/" label="Tổng quan" active={isActive('/')} />
      <NavLinkLink to="/reports" label="Báo cáo tháng" active={isActive('/reports')} />
      <NavLink label="Hồ sơ, dữ liệu" defaultOpened={pathname.startsWith('/records')} childrenOffset="md">
        {recordAreas.map((area) => (
          <NavLinkLink
            key={area}
            to="/records/$kind"
            params={{ kind: area }}
            label={recordAreaLabel(area)}
            active={pathname.startsWith(`/records/${area}`)}
          />
        ))}
      </NavLink>
      <NavLinkLink to="/indicators" label="Chỉ tiêu số liệu" active={isActive('/indicators')} />
      <NavLink
        component={Link}
        to="/publications"
        label="Xuất bản cổng thông tin"
        active={isActive('/publications')}
      />
      {canManageUsers ? (
        <NavLinkLink to="/users" label="Người dùng và vai trò" active={isActive('/users')} />
      ) : null}
      {canManageUsers ? (
        <NavLinkLink to="/settings" label="Thông tin đơn vị" active={isActive('/settings')} />
      ) : null}
      {canReadAudit ? <NavLinkLink to="/audit" label="Nhật ký thao tác" active={isActive('/audit')} /> : null}
    </>
  );
}

function UserMenu() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions());
  const signOutEverywhere = useMutation(trpc.auth.signOutEverywhere.mutationOptions());

  const leave = async () => {
    queryClient.clear();
    await navigate({ to: '/sign-in', search: {} });
  };
  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: leave,
      onError: (e) => notifications.show({ color: 'red', message: describeApiError(e) }),
    });
  const onSignOutEverywhere = () =>
    modals.openConfirmModal({
      title: 'Đăng xuất trên mọi thiết bị?',
      children: (
        <Text size="sm">
          Tất cả các phiên đăng nhập của bạn (trên máy này và các máy khác) sẽ kết thúc. Nội dung chưa lưu
          trên các máy khác sẽ không được gửi lên.
        </Text>
      ),
      labels: { confirm: 'Đăng xuất mọi nơi', cancel: 'Hủy' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        signOutEverywhere.mutate(undefined, {
          onSuccess: leave,
          onError: (e) => notifications.show({ color: 'red', message: describeApiError(e) }),
        }),
    });

  // Vietnamese names end with the given name: "Trần Thị Minh (chuyên viên)" -> "M".
  const initials =
    me.displayName
      .replace(/\(.*?\)/g, '')
      .trim()
      .split(/\s+/)
      .at(-1)?.[0]
      ?.toUpperCase() ?? '?';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton>
          <span className="visually-hidden">Tài khoản: </span>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size="md">
              {initials}
            </Avatar>
            <div>
              <Text size="sm" fw={600} lh={1.2}>
                {me.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                {me.roles.map((r) => roleLabels[r]).join(', ')}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.username}</Menu.Label>
        <Menu.Item component={Link} to="/account/password">
          Đổi mật khẩu
        </Menu.Item>
        <Menu.Item onClick={onSignOut}>Đăng xuất</Menu.Item>
        <Menu.Item color="red" onClick={onSignOutEverywhere}>
          Đăng xuất trên mọi thiết bị
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
