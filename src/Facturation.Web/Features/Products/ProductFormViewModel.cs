using Facturation.Application.Catalog;

namespace Facturation.Web.Features.Products;

/// <summary>The product form (<see cref="Id"/> null on creation) with the tax codes and accounts of its selects.</summary>
public sealed record ProductFormViewModel(int? Id, ProductInput Input, ProductReferences References);
