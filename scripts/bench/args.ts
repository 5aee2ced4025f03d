// Command line of `npm run bench` (flags after `--`): which sizes, which cases, where the JSON goes.

export interface BenchArgs {
  smoke: boolean;
  large: boolean;
  out: string | null;
  /** Case names to run; empty for all. */
  only: string[];
  /** Explicit sizes (--sizes=1000,5000); otherwise 1,000, 5,000, 20,000 (+100,000 with --large), 1,000 with --smoke. */
  sizes: number[] | null;
  runs: number | null;
  /** Print every run's and floor's time, not only the medians. */
  samples: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--smoke] [--large] [--out FILE] [--only=case,case] [--sizes=1000,20000] [--runs=N] [--samples]
  --smoke        every case once at 1,000 credits (CI keeps the benchmark working; never fails on time)
  --large        add 100,000 credits (fewer runs there)
  --out FILE     also write a JSON array of { case, n, ms, floorMs, targetMs }
  --only=...     run only these cases
  --sizes=...    run at these sizes instead
  --runs=N       exactly N measured runs per case and size (default: after one warm-up, at least 5 runs and
                 1.5 s measured, at most 25; 3 runs at 100,000)
  --samples      also print every run's and floor's milliseconds (to see how much they vary)`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { smoke: false, large: false, out: null, only: [], sizes: null, runs: null, samples: false, help: false };
  const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '--smoke': args.smoke = true; break;
      case '--large': args.large = true; break;
      case '--out': args.out = value(); break;
      case '--only': args.only = list(value()); break;
      case '--sizes': {
        const sizes = list(value()).map((s) => Number(s.replace(/[_,]/g, '')));
        if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes whole numbers of credits, e.g. --sizes=1000,20000.');
        args.sizes = sizes;
        break;
      }
      case '--runs': {
        const runs = Number(value());
        if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1.');
        args.runs = runs;
        break;
      }
      case '--samples': args.samples = true; break;
      case '--help': case '-h': args.help = true; break;
      default: throw new Error(`Unknown option ${arg}.`);
    }
  }
  return args;
}

export function sizesOf(args: BenchArgs): number[] {
  if (args.sizes) return args.sizes;
  if (args.smoke) return [1_000];
  return args.large ? [1_000, 5_000, 20_000, 100_000] : [1_000, 5_000, 20_000];
}
