namespace Facturation.Domain.Common;

/// <summary>
/// A business rule refused an action. <see cref="Code"/> is stable for integrators, <c>Message</c>
/// is French and shown to users, <see cref="Field"/> names the input field concerned (if any) so that the
/// web layer can show the message next to it.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException()
        : this("domain.error", "Action refusée.")
    {
    }

    public DomainException(string message)
        : this("domain.error", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain.error";
    }

    public DomainException(string code, string message, string? field = null, DomainErrorKind kind = DomainErrorKind.Invalid)
        : base(message)
    {
        Code = code;
        Field = field;
        Kind = kind;
    }

    public string Code { get; } = "domain.error";

    public string? Field { get; }

    public DomainErrorKind Kind { get; } = DomainErrorKind.Invalid;

    /// <summary>A missing thing: <paramref name="entity"/> is the stable English code prefix, <paramref name="label"/> the French name.</summary>
    public static DomainException NotFound(string entity, string label, object id) =>
        new($"{entity}.not_found", $"{label} {id} introuvable.", kind: DomainErrorKind.NotFound);

    public static DomainException Conflict(string code, string message) =>
        new(code, message, kind: DomainErrorKind.Conflict);
}
