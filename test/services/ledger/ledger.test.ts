import { ledgerContract } from '../../contract/ledger.contract.ts';
import { MemoryHarness } from '../../contract/harness.ts';

// The ledger's tests live in the store contract, which test/contract/ also runs on SQLite,
// Postgres and Redis.
ledgerContract(new MemoryHarness());
