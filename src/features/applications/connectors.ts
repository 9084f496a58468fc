/** Out-of-the-box connectors: their name and image are set automatically, never typed. */
export interface OutOfTheBoxConnector {
  type: string;
  label: string;
  name: string;
  image: string;
  requiredVariables: readonly string[];
}

export const outOfTheBoxConnectors: Record<string, OutOfTheBoxConnector> = {
  email: {
    type: 'email',
    label: 'Email',
    name: 'email-connector',
    image: 'activiti/email-connector:7.1.0',
    requiredVariables: ['EMAIL_HOST', 'EMAIL_PORT'],
  },
  slack: {
    type: 'slack',
    label: 'Slack',
    name: 'slack-connector',
    image: 'activiti/slack-connector:7.1.0',
    requiredVariables: ['SLACK_TOKEN'],
  },
};
