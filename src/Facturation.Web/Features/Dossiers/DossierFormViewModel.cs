using Facturation.Application.Dossiers;
using Facturation.Application.Invoicing;

namespace Facturation.Web.Features.Dossiers;

/// <summary>The dossier form (<see cref="Id"/> null on creation) with the customers, tax codes and accounts of its selects.</summary>
public sealed record DossierFormViewModel(int? Id, DossierInput Input, InvoiceEditorChoices Choices);
