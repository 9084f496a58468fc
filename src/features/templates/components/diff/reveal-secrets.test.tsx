import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { MASK } from '@/lib/secrets';
import { renderWithProviders } from '@/testing/render';
import { TemplateDiffScreen } from './template-diff-screen';

const SLOW = { timeout: 5000 };
const OLD = 'gf-admin-2023';
const NEW = 'gf-admin-2026-rotated';

/** observability 1.9 → 1.10, changed components only: grafana's admin password was rotated. */
async function renderDiff() {
  const view = renderWithProviders(<TemplateDiffScreen templateId="tpl-observability-stack" />, {
    url: '/templates/tpl-observability-stack/diff?from=1.9&to=1.10&filter=changed',
  });
  const table = await screen.findByRole('table', { name: 'grafana fields' }, SLOW);
  const secret = within(table).getByRole('row', { name: /GF_SECURITY_ADMIN_PASSWORD/ });
  return { ...view, secret };
}

const revealSwitch = () => screen.queryByRole('switch', { name: 'Reveal secrets' });

async function exported(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Copy to clipboard' }));
  return navigator.clipboard.readText();
}

describe('"Reveal secrets" in the diff view', () => {
  // The component list is virtualised: jsdom lays nothing out, so give it room for a few rows.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2400);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(['u-viewer', 'u-product-owner', 'u-operator'])(
    'is not offered to %s: the rotated password is said changed, masked on both sides',
    async (userId) => {
      simulator.signInAs(userId);
      const { secret, user } = await renderDiff();
      expect(secret).toHaveTextContent(`GF_SECURITY_ADMIN_PASSWORD, changed${MASK}${MASK}`);
      expect(revealSwitch()).not.toBeInTheDocument();
      expect(document.body).not.toHaveTextContent('gf-admin');
      expect(await exported(user)).not.toContain('gf-admin');
    },
  );

  it('reveals both versions for an administrator through the reveal endpoint, audited, and the export follows', async () => {
    const { secret, user } = await renderDiff();
    expect(await exported(user)).not.toContain('gf-admin');
    const audit = simulator.db.audit.length;

    await user.click(revealSwitch() ?? document.body);
    expect(await within(secret).findByText(NEW)).toBeInTheDocument();
    expect(secret).toHaveTextContent(OLD);
    expect(simulator.db.audit.slice(audit).map((e) => [e.action, e.fields])).toEqual(
      expect.arrayContaining([
        [
          'template.secrets.reveal',
          expect.arrayContaining([`GF_SECURITY_ADMIN_PASSWORD of grafana at 1.9`]),
        ],
        [
          'template.secrets.reveal',
          expect.arrayContaining([`GF_SECURITY_ADMIN_PASSWORD of grafana at 1.10`]),
        ],
      ]),
    );
    const markdown = await exported(user);
    expect(markdown).toContain(`| env GF_SECURITY_ADMIN_PASSWORD | \`${OLD}\` | \`${NEW}\` |`);

    await user.click(revealSwitch() ?? document.body);
    expect(secret).not.toHaveTextContent('gf-admin');
    expect(await exported(user)).not.toContain('gf-admin');
  });

  it('says a failed reveal beside the switch and keeps the values masked; Try again reveals them', async () => {
    simulator.setScenario({ failure: { endpointId: 'revealTemplateSecrets', status: 500 } });
    const { secret, user } = await renderDiff();
    await user.click(revealSwitch() ?? document.body);
    expect(await screen.findByText(/^The secrets were not revealed: /)).toBeInTheDocument();
    expect(secret).not.toHaveTextContent('gf-admin');
    expect(await exported(user)).not.toContain('gf-admin');

    simulator.clearScenario();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await within(secret).findByText(NEW)).toBeInTheDocument();
  });
});
