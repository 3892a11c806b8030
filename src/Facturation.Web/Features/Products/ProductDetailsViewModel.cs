using Facturation.Application.Catalog;
using Facturation.Domain.Catalog;

namespace Facturation.Web.Features.Products;

public sealed record ProductDetailsViewModel(Product Product, ProductReferences References);
