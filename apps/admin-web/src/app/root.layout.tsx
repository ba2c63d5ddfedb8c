import { Notifications } from '@mantine/notifications';
import { Outlet } from '@tanstack/react-router';

/**
 * The bare root: the sign-in page and the signed-in shell each bring their own landmarks. Notifications
 * live inside the router so that a notification may contain a link.
 */
export function RootLayout() {
  return (
    <>
      <Notifications position="top-right" />
      <Outlet />
    </>
  );
}
