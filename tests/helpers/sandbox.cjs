/**
 * Preloaded into a build (NODE_OPTIONS=--require) to prove the output depends on nothing but its inputs:
 *  - SANDBOX_CLOCK_SHIFT_MS moves the wall clock (Date) by that much;
 *  - SANDBOX_RANDOM_SEED replaces Math.random with a different, seeded stream;
 *  - SANDBOX_NETWORK_LOG blocks every connection and DNS lookup to a non-loopback host, and appends each
 *    attempt to that file (a library may swallow the error, so the log is what a test checks).
 * CommonJS on purpose: --require runs it before any ES module of the build is loaded.
 */
'use strict';
const fs = require('node:fs');

const shift = Number(process.env.SANDBOX_CLOCK_SHIFT_MS || 0);
if (shift) {
  const RealDate = Date;
  const now = () => RealDate.now() + shift;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  globalThis.Date = ShiftedDate;
}

if (process.env.SANDBOX_RANDOM_SEED) {
  let state = Number(process.env.SANDBOX_RANDOM_SEED) >>> 0;
  // mulberry32
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const log = process.env.SANDBOX_NETWORK_LOG;
if (log) {
  const net = require('node:net');
  const dns = require('node:dns');
  const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/i;
  const isLocal = (host) => host === undefined || host === null || host === '' || LOOPBACK.test(String(host).replace(/^\[|\]$/g, ''));
  const blocked = (what) => {
    fs.appendFileSync(log, `${process.pid} ${what}\n`);
    const e = new Error(`network access blocked during the build: ${what}`);
    e.code = 'ENETUNREACH';
    return e;
  };

  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options = typeof first === 'object' && first !== null ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
    if (!options.path && !isLocal(options.host)) throw blocked(`connect ${options.host}:${options.port}`);
    return connect.apply(this, args);
  };

  const lookup = dns.lookup;
  dns.lookup = function (host, ...rest) {
    if (isLocal(host)) return lookup.call(this, host, ...rest);
    const callback = rest[rest.length - 1];
    const error = blocked(`dns ${host}`);
    if (typeof callback === 'function') process.nextTick(callback, error);
    else throw error;
  };
  const promiseLookup = dns.promises.lookup;
  dns.promises.lookup = (host, ...rest) => (isLocal(host) ? promiseLookup(host, ...rest) : Promise.reject(blocked(`dns ${host}`)));

  if (typeof globalThis.fetch === 'function') {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !isLocal(url.hostname)) return Promise.reject(blocked(`fetch ${url.href}`));
      return realFetch(input, init);
    };
  }
}
