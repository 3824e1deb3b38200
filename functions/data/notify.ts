/**
 * Where the daily reminders go besides the notifications agencies query: an SNS topic when
 * deployed (REMINDER_TOPIC_ARN; subscribe e-mail addresses to it), and/or a webhook
 * (REMINDER_WEBHOOK_URL: a JSON POST, e.g. to a mail relay). Neither is required.
 * The SNS client is imported on first use: only the daily job ever sends.
 */
export interface ReminderMessage {
  readonly subject: string;
  readonly text: string;
  readonly jurisdiction: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface ReminderSink {
  readonly name: string;
  send(message: ReminderMessage): Promise<void>;
}

const webhookSink = (url: string): ReminderSink => ({
  name: 'webhook',
  async send(message) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
    if (!res.ok) throw new Error(`Reminder webhook answered ${res.status}`);
  },
});

const snsSink = (topicArn: string, region: string): ReminderSink => ({
  name: 'sns',
  async send(message) {
    const sns = await import('@aws-sdk/client-sns');
    const client = new sns.SNSClient({ region });
    await client.send(new sns.PublishCommand({ TopicArn: topicArn, Subject: message.subject.slice(0, 100), Message: message.text }));
  },
});

export const reminderSinksFromEnv = (env: NodeJS.ProcessEnv = process.env): ReminderSink[] => [
  ...(env.REMINDER_TOPIC_ARN ? [snsSink(env.REMINDER_TOPIC_ARN, env.AWS_REGION ?? 'ap-southeast-1')] : []),
  ...(env.REMINDER_WEBHOOK_URL ? [webhookSink(env.REMINDER_WEBHOOK_URL)] : []),
];
