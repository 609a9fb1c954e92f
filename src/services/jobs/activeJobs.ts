/** In-flight job counts per member and per guild, for the abuse limits. Rebuilt from the open index at start. */
export class ActiveJobs {
  readonly #byMember = new Map<string, Set<string>>();
  readonly #byGuild = new Map<string, Set<string>>();
  readonly #maxPerMember: number;
  readonly #maxPerGuild: number;

  constructor(limits: { maxPerMember: number; maxPerGuild: number }) {
    this.#maxPerMember = limits.maxPerMember;
    this.#maxPerGuild = limits.maxPerGuild;
  }

  /** Claims a slot synchronously (so a burst of commands cannot all pass the check), or says which limit is full. */
  claim(jobId: string, guildId: string, memberId: string, force = false): 'ok' | 'member' | 'guild' {
    const memberKey = `${guildId}:${memberId}`;
    const member = this.#byMember.get(memberKey) ?? new Set<string>();
    const guild = this.#byGuild.get(guildId) ?? new Set<string>();
    if (!force && member.size >= this.#maxPerMember) return 'member';
    if (!force && guild.size >= this.#maxPerGuild) return 'guild';
    member.add(jobId);
    guild.add(jobId);
    this.#byMember.set(memberKey, member);
    this.#byGuild.set(guildId, guild);
    return 'ok';
  }

  release(jobId: string, guildId: string, memberId: string): void {
    const memberKey = `${guildId}:${memberId}`;
    this.#byMember.get(memberKey)?.delete(jobId);
    this.#byGuild.get(guildId)?.delete(jobId);
    if (this.#byMember.get(memberKey)?.size === 0) this.#byMember.delete(memberKey);
    if (this.#byGuild.get(guildId)?.size === 0) this.#byGuild.delete(guildId);
  }

  get limits(): { maxPerMember: number; maxPerGuild: number } {
    return { maxPerMember: this.#maxPerMember, maxPerGuild: this.#maxPerGuild };
  }
}
