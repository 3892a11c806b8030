using Facturation.Domain.Invoicing;

namespace Facturation.Application.Audit;

/// <summary>Who is acting, for use cases that are not handed an <see cref="Actor"/> (settings, users).</summary>
public interface IAuditActor
{
    Actor Current { get; }
}
