namespace Facturation.Domain.Common;

/// <summary>How a refused action maps to the outside world (field error, missing thing, state conflict).</summary>
public enum DomainErrorKind
{
    Invalid,
    NotFound,
    Conflict,
}
