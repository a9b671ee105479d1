// The bench's table: number formats, and sections of rows, each row a label and either a
// measurement (median, cpu, min – max, reps, first, vs) or a text.
'use strict';

const { MIB } = require('./input');

const LABEL = 62;

/** Milliseconds with two, one or no decimals by size; '—' for nothing. */
function ms(v) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (v < 10) return `${v.toFixed(2)} ms`;
  if (v < 100) return `${v.toFixed(1)} ms`;
  return `${Math.round(v).toLocaleString('en-US')} ms`;
}

/** A whole number with thousands separators. */
function int(n) {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes as MiB with two decimals. */
function mib(bytes) {
  return `${(bytes / MIB).toFixed(2)} MiB`;
}

/** a / b, or undefined when either is missing or b is not positive. */
function ratio(a, b) {
  return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
}

/** A ratio for the vs column. */
function times(r) {
  if (r === undefined) return '—';
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 1 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

/** A ratio with three significant digits, for the acceptance figures. */
function exactTimes(r) {
  if (r === undefined) return '—';
  return `${r.toPrecision(3)}×`;
}

/** The table's lines: `add(row)` takes the rows measurements return (see scripts/bench.js). */
class Table {
  constructor() {
    this.lines = [];
  }
  section(title) {
    this.lines.push('', title);
  }
  add(row) {
    if (row.section !== undefined) this.section(row.section);
    else if (row.m) this.row(row.label, row.m, row.vs);
    else this.text(row.label, row.text ?? '');
  }
  row(label, m, vs) {
    const cells = [
      ms(m.median).padStart(10),
      ms(m.cpuMedian).padStart(10),
      `${ms(m.min)} – ${ms(m.max)}`.padStart(24),
      String(m.reps).padStart(6),
      ms(m.first).padStart(10),
      (vs === undefined ? '' : times(vs)).padStart(8),
    ];
    this.lines.push(`  ${label.padEnd(LABEL)}${cells.join('')}`);
  }
  text(label, value) {
    this.lines.push(`  ${label.padEnd(LABEL)}${value}`);
  }
  header() {
    return `  ${''.padEnd(LABEL)}${'median'.padStart(10)}${'cpu'.padStart(10)}${'min – max'.padStart(24)}${'reps'.padStart(6)}${'first'.padStart(10)}${'vs'.padStart(8)}`;
  }
}

module.exports = { Table, ms, int, mib, ratio, exactTimes };
