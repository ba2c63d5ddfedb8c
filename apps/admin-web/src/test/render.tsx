import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { cssVariablesResolver, theme } from '../app/theme.ts';

/** Renders inside the providers the app uses (Mantine theme, Vietnamese dates). */
export function renderWithProviders(ui: ReactElement) {
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: 'vi' }}>{ui}</DatesProvider>
    </MantineProvider>,
  );
}
