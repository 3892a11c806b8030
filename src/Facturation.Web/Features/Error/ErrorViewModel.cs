namespace Facturation.Web.Features.Error;

public sealed record ErrorViewModel(int Status, string Title, string TraceId);
