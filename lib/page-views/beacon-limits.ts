/**
 * How many beacons are counted, per client network (when a trusted proxy names it) and for the
 * whole site, in fixed windows held in memory: enough for any reader, and a ceiling on what a
 * script posting made-up views can add. Each server instance keeps its own windows.
 */
export type BeaconLimits = {
  perNetworkPerMinute: number;
  sitePerSecond: number;
};

export const BEACON_LIMITS: BeaconLimits = { perNetworkPerMinute: 60, sitePerSecond: 5_000 };

export function createBeaconLimiter(limits: BeaconLimits, now: () => number = Date.now) {
  let minute = 0;
  let perNetwork = new Map<string, number>();
  let second = 0;
  let site = 0;
  return {
    /** Takes one beacon's place; false when its network or the site is over the limit. */
    allow(network: string | undefined): boolean {
      const at = now();
      if (Math.floor(at / 1000) !== second) {
        second = Math.floor(at / 1000);
        site = 0;
      }
      if (Math.floor(at / 60_000) !== minute) {
        minute = Math.floor(at / 60_000);
        perNetwork = new Map();
      }
      if (site >= limits.sitePerSecond) return false;
      if (network !== undefined) {
        const used = perNetwork.get(network) ?? 0;
        if (used >= limits.perNetworkPerMinute) return false;
        perNetwork.set(network, used + 1);
      }
      site += 1;
      return true;
    },
  };
}
