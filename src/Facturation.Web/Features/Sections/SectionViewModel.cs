namespace Facturation.Web.Features.Sections;

public sealed record SectionViewModel(string Name, string Title, string Coming);
