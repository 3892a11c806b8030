namespace Facturation.Domain.Dossiers;

/// <summary>Where one dossier line stands: ordered, invoiced on issued documents, pending in drafts, left to invoice, progress reached by situations.</summary>
public sealed record DossierLineProgress(DossierLine Line, decimal Invoiced, decimal InDrafts, decimal ToInvoice, decimal ProgressPercent);
