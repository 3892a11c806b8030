using Facturation.Application.Invoicing;

namespace Facturation.Application.Tests.Architecture;

/// <summary>
/// The Application areas that build documents depend one way: Dossiers and Corrections → Invoicing → Documents
/// (docs/architecture.md). A type that reaches back up (e.g. Documents asking DossierService) brings the cycle back.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Root = "Facturation.Application.";

    /// <summary>An area may use only areas of a higher rank; equal ranks do not use each other.</summary>
    private static readonly Dictionary<string, int> Rank = new(StringComparer.Ordinal)
    {
        ["Dossiers"] = 0,
        ["Corrections"] = 0,
        ["Invoicing"] = 1,
        ["Documents"] = 2,
    };

    [Fact]
    public void Document_areas_depend_one_way_only()
    {
        var forbidden = typeof(InvoiceService).Assembly.GetTypes()
            .Where(t => AreaOf(t) is not null)
            .SelectMany(t => TypeReferences.Of(t)
                .Where(used => AreaOf(used) is { } target && target != AreaOf(t) && Rank[target] <= Rank[AreaOf(t)!])
                .Select(used => $"{t.FullName} ({AreaOf(t)}) → {used.FullName} ({AreaOf(used)})"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(forbidden);
    }

    [Fact]
    public void Reference_scan_sees_a_static_call_in_a_method_body()
    {
        // InvoiceLineResolver calls DossierLineSource.FillAsync from an async body only: the scan must find it, or the
        // rule above could pass while blind.
        var resolverUses = typeof(InvoiceService).Assembly.GetTypes()
            .Where(t => t.FullName!.StartsWith(typeof(InvoiceLineResolver).FullName!, StringComparison.Ordinal))
            .SelectMany(TypeReferences.Of);

        Assert.Contains(resolverUses, t => t.Name == "DossierLineSource");
    }

    private static string? AreaOf(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var area = ns[Root.Length..].Split('.')[0];
        return Rank.ContainsKey(area) ? area : null;
    }
}
