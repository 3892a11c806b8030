using Facturation.Domain.Invoicing;

namespace Facturation.Application.Invoicing.Editor;

/// <summary>
/// The editor's live totals: the transient draft the aggregate built from the posted form (never saved), or the
/// reason it could not be built yet (no customer, an unknown tax code…). <see cref="LineNets"/> is indexed like the
/// POSTED rows, blank rows included (they have no total), so each row shows its own line total.
/// </summary>
public sealed record DraftPreview(Invoice? Draft, string? Problem, IReadOnlyList<decimal?> LineNets)
{
    public static DraftPreview Unavailable(string problem, int rows) => new(null, problem, new decimal?[rows]);

    public static DraftPreview Of(Invoice draft, IReadOnlyList<InvoiceLineInput> posted)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(posted);

        // The resolver drops blank rows, so the draft's lines follow the non-blank posted rows in order.
        var built = draft.Lines.OrderBy(l => l.Position).ToList();
        var nets = new decimal?[posted.Count];
        var next = 0;
        for (var i = 0; i < posted.Count && next < built.Count; i++)
        {
            if (!posted[i].IsBlank)
            {
                var line = built[next++];
                nets[i] = line.Kind == LineKind.Item ? line.Net : null;
            }
        }

        return new DraftPreview(draft, null, nets);
    }
}
