/**
 * Figures read back from their encoded form, by id, at most `limit` of them: when full, one
 * not asked for since the clock hand last passed it goes (the "clock" approximation of least
 * recently used, which costs a flag on a hit where reordering a Map cost a delete and an
 * insert). Keeping every figure ever read held 100 MB at 10,000 sources, and made each
 * collection of the heap that much slower.
 */
export class FigureCache<T> {
  /** By id, its slot + 1, or 0: ids are dense, and a Map's lookup was a tenth of a check. */
  private slotOf = new Int32Array(0);
  private count = 0;
  private ids: number[] = [];
  private items: T[] = [];
  private used: boolean[] = [];
  private hand = 0;

  private readonly limit: number;

  constructor(limit: number) {
    this.limit = Math.max(1, limit);
  }

  get size(): number {
    return this.count;
  }

  get(id: number): T | undefined {
    const slot = id < this.slotOf.length ? this.slotOf[id] - 1 : -1;
    if (slot < 0) return undefined;
    this.used[slot] = true;
    return this.items[slot];
  }

  set(id: number, item: T): void {
    if (id >= this.slotOf.length) {
      const grown = new Int32Array(Math.max(id + 1, Math.ceil(this.slotOf.length * 1.5)));
      grown.set(this.slotOf);
      this.slotOf = grown;
    }
    let slot = this.slotOf[id] - 1;
    if (slot < 0) {
      if (this.items.length < this.limit) slot = this.items.length;
      else {
        while (this.used[this.hand]) {
          this.used[this.hand] = false;
          this.hand = (this.hand + 1) % this.items.length;
        }
        slot = this.hand;
        if (this.ids[slot] >= 0) this.slotOf[this.ids[slot]] = 0;
        else this.count++;
        this.hand = (this.hand + 1) % this.items.length;
      }
      if (slot === this.items.length) this.count++;
      this.slotOf[id] = slot + 1;
    }
    this.ids[slot] = id;
    this.items[slot] = item;
    this.used[slot] = true;
  }

  /** Forgets the ids first … first + count − 1 (a file taken out of the dataset). */
  forget(first: number, count: number): void {
    for (let id = first; id < Math.min(first + count, this.slotOf.length); id++) {
      const slot = this.slotOf[id] - 1;
      if (slot < 0) continue;
      this.slotOf[id] = 0;
      this.count--;
      // The slot stays, empty and unused, for the hand to take first.
      this.ids[slot] = -1;
      this.items[slot] = undefined as T;
      this.used[slot] = false;
    }
  }

  /** Keeps at most `count`, those used since the hand last passed first: what a check
   * needed at once goes when it is done, and the next edit's few candidates stay. */
  trim(count: number): void {
    if (this.count <= count) return;
    const order = this.items.map((_, slot) => slot).filter((slot) => this.ids[slot] >= 0);
    order.sort((a, b) => Number(this.used[b]) - Number(this.used[a]));
    const kept = order.slice(0, count);
    this.ids = kept.map((slot) => this.ids[slot]);
    this.items = kept.map((slot) => this.items[slot]);
    this.used = kept.map(() => false);
    this.slotOf.fill(0);
    this.ids.forEach((id, slot) => (this.slotOf[id] = slot + 1));
    this.count = kept.length;
    this.hand = 0;
  }

  clear(): void {
    this.trim(0);
  }
}
