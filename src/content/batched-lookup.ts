/**
 * Answers a page keeps about questions only the service worker can answer (it holds what is too big to build on a
 * page: the spelling dictionary, the sentence tagger). The engine asks synchronously, so answers come from a cache:
 * a question not answered yet is queued, and all queued questions go to the service worker together once the
 * checks pause — one message per pause in typing, not per key. When an answer that changes the findings arrives,
 * `version` moves on and listeners are told, so the draft is checked again. If the service worker cannot answer,
 * nothing is remembered and the questions are asked again the next time they come up.
 */
export interface BatchedLookupOptions<Answer> {
  /** Asks the service worker about one batch; resolves to one answer per question, in order. */
  ask(questions: string[]): Promise<Answer[]>;
  /** Longest question worth asking about: longer ones are never asked (and stay unanswered). */
  maxQuestionLength: number;
  /** Most questions in one message. */
  maxBatch: number;
  /** Whether an answer changes the findings of a draft checked before it came (and so calls for a re-check). */
  changesFindings(answer: Answer): boolean;
  /** How long new questions wait for more to join them. */
  batchDelayMs?: number;
  /** Answers remembered at most: a long day of writing adds up. */
  knownLimit?: number;
}

export class BatchedLookup<Answer> {
  private readonly known = new Map<string, Answer>();
  /** Questions waiting for the next batch, and questions asked and not answered yet. */
  private readonly queued = new Set<string>();
  private readonly asking = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private changes = 0;

  constructor(private readonly options: BatchedLookupOptions<Answer>) {}

  /** Moves on whenever an answer arrives that changes findings checked before it. */
  get version(): number {
    return this.changes;
  }

  /** The remembered answer, or undefined (and the question is queued) when it has not been answered yet. */
  answer(question: string): Answer | undefined {
    const known = this.known.get(question);
    if (known !== undefined) return known;
    if (
      question.length <= this.options.maxQuestionLength &&
      !this.queued.has(question) &&
      !this.asking.has(question)
    ) {
      this.queued.add(question);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.askQueued(), this.options.batchDelayMs ?? 250);
    }
    return undefined;
  }

  /** Calls `listener` whenever answers arrive that change findings checked before. Returns how to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async askQueued(): Promise<void> {
    const questions = [...this.queued];
    this.queued.clear();
    const batches: string[][] = [];
    for (let start = 0; start < questions.length; start += this.options.maxBatch) {
      batches.push(questions.slice(start, start + this.options.maxBatch));
    }
    const changed = await Promise.all(batches.map((batch) => this.askBatch(batch)));
    if (!changed.includes(true)) return;
    this.changes++;
    for (const listener of this.listeners) listener();
  }

  /** Asks about one batch and remembers the answers; resolves to whether any answer changes findings. */
  private async askBatch(questions: string[]): Promise<boolean> {
    for (const question of questions) this.asking.add(question);
    try {
      const answers = await this.options.ask(questions);
      let changesFindings = false;
      questions.forEach((question, index) => {
        const answer = answers[index]!;
        this.remember(question, answer);
        changesFindings ||= this.options.changesFindings(answer);
      });
      return changesFindings;
    } catch {
      // No service worker to ask (the extension was updated or reloaded under this page): no answers.
      return false;
    } finally {
      for (const question of questions) this.asking.delete(question);
    }
  }

  private remember(question: string, answer: Answer): void {
    this.known.set(question, answer);
    if (this.known.size > (this.options.knownLimit ?? 5000))
      this.known.delete(this.known.keys().next().value!);
  }
}
