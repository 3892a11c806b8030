using Facturation.Domain.Invoicing;

namespace Facturation.Application.Audit;

/// <summary>The actor outside a request: the command line, background workers.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public static readonly Actor System = new("system", "Système");

    public Actor Current => System;
}
