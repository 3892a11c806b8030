namespace Facturation.Application.Identity;

/// <summary>What an interactive sign-in attempt gave; <see cref="RetryAfter"/> is set when it was throttled.</summary>
public sealed record SignInOutcome(SignInStatus Status, TimeSpan? RetryAfter = null);
