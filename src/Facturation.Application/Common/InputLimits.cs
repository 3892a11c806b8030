namespace Facturation.Application.Common;

/// <summary>
/// Volume limits on what a client can send, in one place (documented in README, ADR-013): beyond them a request is
/// refused with a problem detail naming the field, never processed.
/// </summary>
public static class InputLimits
{
    /// <summary>Largest JSON body the API reads (1 MiB); larger → 413.</summary>
    public const long MaxApiBodyBytes = 1024 * 1024;

    /// <summary>Addresses in To + CC of one e-mail.</summary>
    public const int MaxRecipients = 20;

    /// <summary>Lines of one invoice, credit note or dossier.</summary>
    public const int MaxLinesPerDocument = 500;

    /// <summary>Allocations of one payment.</summary>
    public const int MaxAllocationsPerPayment = 500;

    /// <summary>Length of an <c>Idempotency-Key</c> header.</summary>
    public const int IdempotencyKeyLength = 255;

    /// <summary>An e-mail subject.</summary>
    public const int MailSubjectLength = 300;

    /// <summary>An e-mail body.</summary>
    public const int MailBodyLength = 20_000;

    /// <summary>A reason (void, cancel, dispute…).</summary>
    public const int ReasonLength = 500;
}
