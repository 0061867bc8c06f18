/**
 * Launch switches that open the app to another process or take a fence down: a DevTools
 * protocol endpoint or a Node inspector (anyone who can reach it reads the unlocked
 * vault), the renderer out of its sandbox, web security off, or name resolution and
 * proxies chosen by whoever wrote the shortcut. No fuse covers these (the inspect fuse
 * covers only Node's own `--inspect` family), so main refuses to start with any of them.
 */
const REFUSED_SWITCHES: readonly RegExp[] = [
  /^remote-debugging-/,
  /^remote-allow-origins$/,
  /^inspect(-|$)/,
  /^no-sandbox$/,
  /^disable-gpu-sandbox$/,
  /^disable-web-security$/,
  /^host-resolver-rules$/,
  /^proxy-(server|pac-url)$/,
  /^js-flags$/,
];

/**
 * The refused switches present in `argv` (the executable first), as written. Chromium
 * also takes a single dash on every platform and a slash on Windows, and stops at `--`.
 */
export function refusedSwitches(argv: readonly string[], platform: string): string[] {
  const prefix = platform === 'win32' ? /^(--|-|\/)/ : /^(--|-)/;
  const found: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg === '--') break;
    const matched = prefix.exec(arg);
    if (matched === null) continue;
    const name = (arg.slice(matched[0].length).split('=')[0] ?? '').toLowerCase();
    if (REFUSED_SWITCHES.some((re) => re.test(name))) found.push(arg.split('=')[0] ?? arg);
  }
  return found;
}

/** Every host name resolves to nothing: a second fence behind the session's request
 *  block, which does not see a request made from main. */
export const HOST_RESOLVER_RULES = 'MAP * ~NOTFOUND';

export type CommandLineLike = { appendSwitch(name: string, value?: string): void };

export function fenceNetwork(commandLine: CommandLineLike): void {
  commandLine.appendSwitch('host-resolver-rules', HOST_RESOLVER_RULES);
}

export type LaunchGuardDeps = {
  argv: readonly string[];
  platform: string;
  /** False only for an unpackaged build made with DevTools on (a developer's build). */
  enforce: boolean;
  log: (message: string) => void;
};

/** True when the app must quit at once instead of starting. */
export function refuseUnsafeLaunch(deps: LaunchGuardDeps): boolean {
  if (!deps.enforce) return false;
  const found = refusedSwitches(deps.argv, deps.platform);
  if (found.length === 0) return false;
  deps.log(
    `[airlock] refusing to start with ${found.join(', ')}: these switches expose the vault to ` +
      'other processes or switch off a protection. Start Airlock without them.',
  );
  return true;
}
