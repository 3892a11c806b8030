namespace Facturation.Application.Idempotency;

/// <summary>What claiming a key found: the claim is ours (<see cref="IdempotencyOutcome.Claimed"/>), or the stored record decides.</summary>
public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, IdempotencyRecord Record);
