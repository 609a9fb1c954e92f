// The error family and the one place that words errors for members: refusals (UserError and its
// kind), faults in an interaction (member.ts), and why a video was not made (failures.ts).
export { isUserError, LedgerError, UserError } from './userError.ts';
export { describeForMember } from './member.ts';
export { failures, failureText, isContentRefusal, kieFailure, modelPaused, taskFailure, type Failure } from './failures.ts';
