import { MemoryHarness } from './harness.ts';
import { jobStoreContract } from './jobStore.contract.ts';
import { limitsContract } from './limits.contract.ts';
import { storeContract } from './store.contract.ts';

// The ledger's memory run is test/services/ledger/ledger.test.ts.
const harness = new MemoryHarness();
storeContract(harness);
jobStoreContract(harness);
limitsContract(harness);
