import { ServerHarness } from './harness.ts';
import { jobStoreContract } from './jobStore.contract.ts';
import { kieLimitsContract } from './kieLimits.contract.ts';
import { limitsContract } from './limits.contract.ts';
import { ledgerContract } from './ledger.contract.ts';
import { storeContract } from './store.contract.ts';

const harness = new ServerHarness('redis');
storeContract(harness);
ledgerContract(harness);
jobStoreContract(harness);
limitsContract(harness);
kieLimitsContract(harness);
