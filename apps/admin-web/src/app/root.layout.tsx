import { Outlet } from '@tanstack/react-router';

/** The bare root: the sign-in page and the signed-in shell each bring their own landmarks. */
export function RootLayout() {
  return <Outlet />;
}
