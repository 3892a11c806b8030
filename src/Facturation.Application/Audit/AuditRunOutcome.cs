namespace Facturation.Application.Audit;

public enum AuditRunOutcome
{
    Running,
    Intact,
    Broken,

    /// <summary>The verification itself could not run (database unreachable…).</summary>
    Error,
}
