/**
 * An exact decimal: a big integer and a power of ten. 16.4亿 must be 1640000000, not
 * 1639999999.9999998, and 1e16 is past what a double counts exactly.
 */
export class Decimal {
  /** value = units × 10^-scale */
  readonly units: bigint;
  readonly scale: number;

  private constructor(units: bigint, scale: number) {
    this.units = units;
    this.scale = scale;
  }

  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);

  static of(integer: number): Decimal {
    return new Decimal(BigInt(integer), 0);
  }

  /** "10.1", "007", "16000"; null for anything else (two points, empty parts). */
  static parse(text: string): Decimal | null {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) return null;
    const fraction = match[2] ?? '';
    return new Decimal(BigInt(match[1]! + fraction), fraction.length);
  }

  /** "05" → 0.05: the digits after a decimal point. */
  static fraction(digits: string): Decimal {
    return new Decimal(BigInt(digits), digits.length);
  }

  plus(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(
      this.units * 10n ** BigInt(scale - this.scale) +
        other.units * 10n ** BigInt(scale - other.scale),
      scale,
    );
  }

  /** × 10^power (power may be negative). */
  shift(power: number): Decimal {
    const scale = this.scale - power;
    if (scale >= 0) return new Decimal(this.units, scale);
    return new Decimal(this.units * 10n ** BigInt(-scale), 0);
  }

  toNumber(): number {
    if (this.scale === 0) return Number(this.units);
    const digits = this.units.toString().padStart(this.scale + 1, '0');
    const at = digits.length - this.scale;
    return Number(`${digits.slice(0, at)}.${digits.slice(at)}`);
  }
}
