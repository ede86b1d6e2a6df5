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
      if (slot >= 0) this.empty(slot);
    }
  }

  /** Keeps at most `count`: the hand goes round as it does to make room, and only what is
   * over goes, those not used since it last passed first. It runs after every check, so it
   * costs what it evicts, not the size of the cache (sorting the cache each time took 5–13 ms
   * of an edit at 50,000 sources). */
  trim(count: number): void {
    while (this.count > count) {
      const slot = this.hand;
      this.hand = (this.hand + 1) % this.items.length;
      if (this.ids[slot] < 0) continue;
      if (this.used[slot]) this.used[slot] = false;
      else this.empty(slot);
    }
  }

  /** The slot stays, empty and unused, for the hand to take first. */
  private empty(slot: number): void {
    this.slotOf[this.ids[slot]] = 0;
    this.count--;
    this.ids[slot] = -1;
    this.items[slot] = undefined as T;
    this.used[slot] = false;
  }

  clear(): void {
    this.trim(0);
  }
}
