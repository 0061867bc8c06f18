// Monomorphic views of openpgp.js's encrypt/sign for in-memory data. Their declared
// return types are conditional over Node stream types that the lint type-checker cannot
// resolve, so these wrappers pin them to what in-memory input yields.
import * as openpgp from 'openpgp';
import type { EncryptOptions, Message, SignOptions } from 'openpgp';

type InMemory<O> = Omit<O, 'message' | 'format'> & { message: Message<Uint8Array | string> };

export const encryptArmored = openpgp.encrypt as unknown as (
  options: InMemory<EncryptOptions> & { format: 'armored' },
) => Promise<string>;

export const encryptBinary = openpgp.encrypt as unknown as (
  options: InMemory<EncryptOptions> & { format: 'binary' },
) => Promise<Uint8Array>;

export const signArmored = openpgp.sign as unknown as (
  options: InMemory<SignOptions> & { format: 'armored' },
) => Promise<string>;

export const signBinary = openpgp.sign as unknown as (
  options: InMemory<SignOptions> & { format: 'binary' },
) => Promise<Uint8Array>;
