namespace Facturation.Application.Audit;

/// <summary>The result of <see cref="AuditVerifier.VerifyAsync"/>: intact, or the first broken entry.</summary>
public sealed record AuditVerification(long Entries, AuditBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;

    /// <summary>The line <c>audit verify</c> prints.</summary>
    public string Summary => FirstBreak is { } broken
        ? $"audit: chain broken at entry {broken.Sequence} ({broken.Event}{(broken.DocumentNumber is { } number ? ", document " + number : string.Empty)}): {broken.Field}: expected {broken.Expected}, found {broken.Found}"
        : $"audit: {Entries} entries, chain intact";
}
