import pg from 'pg';

/**
 * One LISTEN connection for the whole gateway. NOTIFY is delivered only after the notifying
 * transaction commits, and is lost while nobody listens: on reconnect we call `onReconnect` so
 * subscribers can be brought up to date.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private connectedOnce = false;

  constructor(
    private readonly url: string,
    private readonly channels: string[],
    private readonly onNotify: (channel: string, payload: string) => void,
    private readonly onReconnect: () => void,
    private readonly log: (message: string, error?: unknown) => void = console.error,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  /** Whether the listener currently holds a live connection (readiness). */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(attempt = 0): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'casinox-gateway-listener' });
    client.on('notification', (message) => {
      if (message.payload !== undefined) this.onNotify(message.channel, message.payload);
    });
    client.on('error', (error: Error & { code?: string }) => {
      // A restarting or stopping database is an operational event: one line, then reconnect.
      if (!this.stopped) this.log(`listener lost its connection (${error.code ?? error.message}); reconnecting`);
      this.scheduleReconnect(client, 0);
    });
    client.on('end', () => this.scheduleReconnect(client, 0));
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN "${channel.replaceAll('"', '')}"`);
      this.client = client;
      if (this.connectedOnce) this.onReconnect();
      this.connectedOnce = true;
    } catch (error) {
      this.log(
        `listener could not connect (attempt ${attempt + 1}): ${error instanceof Error ? error.message : String(error)}`,
      );
      await client.end().catch(() => {});
      if (attempt === 0 && !this.connectedOnce) throw error;
      this.scheduleReconnect(client, attempt + 1);
    }
  }

  private scheduleReconnect(client: pg.Client, attempt: number): void {
    if (this.stopped || this.retryTimer || (this.client !== client && this.client !== null)) return;
    this.client = null;
    const delay = Math.min(10_000, 250 * 2 ** attempt);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect(attempt);
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    // The database may be going down with us (57P01): nothing to report any more.
    client?.removeAllListeners('error').on('error', () => {});
    await client?.end().catch(() => {});
  }
}
