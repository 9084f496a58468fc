import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { createTheme, ThemeProvider, type Theme } from '@mui/material/styles';
import { getTheme } from '@/theme';
import { feedbackCustomizations } from '@/theme/customizations/feedback';
import { DrawnAlert } from './drawn-alert';

const appTheme = getTheme();

const cases = [
  { severity: 'error', variant: 'outlined' },
  { severity: 'error', variant: 'standard' },
  { severity: 'warning', variant: 'outlined' },
  { severity: 'warning', variant: 'standard' },
] as const;

const parts = [
  '',
  '.MuiAlert-icon',
  '.MuiAlert-message',
  '.MuiAlertTitle-root',
  '.MuiAlert-action',
];
const properties = [
  'color',
  'background-color',
  'border',
  'border-radius',
  'display',
  'align-items',
  'padding',
  'margin',
  'font-size',
  'font-weight',
  'line-height',
  'opacity',
  'overflow-wrap',
];

/** What the browser would draw each part with, as far as the DOM can tell. */
function looksOf(root: HTMLElement) {
  return parts.map((part) => {
    const element = part ? root.querySelector(part) : root;
    if (!element) return `${part}: missing`;
    const style = getComputedStyle(element);
    // jsdom lowercases some variable names and not others.
    const values = properties.map((p) => `${p}=${style.getPropertyValue(p).toLowerCase()}`);
    return `${part}: ${values.join(' ')}`;
  });
}

describe('<DrawnAlert>', () => {
  it('is announced, with its title, message and action', async () => {
    const retries: string[] = [];
    const user = userEvent.setup();
    render(
      <DrawnAlert
        severity="error"
        variant="outlined"
        title="The applications could not be loaded"
        action={
          <button type="button" onClick={() => retries.push('list')}>
            Retry
          </button>
        }
      >
        Try again.
      </DrawnAlert>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The applications could not be loaded')).toHaveClass(
      'MuiAlertTitle-root',
    );
    expect(alert).toHaveTextContent('The applications could not be loadedTry again.Retry');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(retries).toEqual(['list']);
  });

  it('leaves the action out when there is none', () => {
    render(
      <DrawnAlert severity="warning" title="Your profile could not be loaded">
        Until it loads, the console cannot tell what you may do here.
      </DrawnAlert>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.MuiAlert-action')).toBeNull();
    expect(alert).toHaveClass('MuiAlert-root', 'MuiAlert-colorWarning', 'MuiAlert-standard');
  });

  it.each(cases)('has the classes and looks of MUI’s $variant $severity alert', (props) => {
    const themes: [string, Theme][] = [
      ['the app’s theme', appTheme],
      ['a theme without CSS variables', createTheme({ components: feedbackCustomizations })],
    ];
    for (const [name, theme] of themes) {
      const action = <button type="button">Retry</button>;
      const { unmount } = render(
        <ThemeProvider theme={theme}>
          <Alert {...props} action={action}>
            <AlertTitle>Title</AlertTitle>
            Message
          </Alert>
          <DrawnAlert {...props} title="Title" action={action}>
            Message
          </DrawnAlert>
        </ThemeProvider>,
      );
      const [mui, drawn] = screen.getAllByRole('alert') as [HTMLElement, HTMLElement];
      expect(drawn).toHaveClass(...mui.className.split(' ').filter((c) => c.startsWith('Mui')));
      expect(looksOf(drawn), name).toEqual(looksOf(mui));
      unmount();
    }
  });
});
