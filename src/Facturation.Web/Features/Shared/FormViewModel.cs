namespace Facturation.Web.Features.Shared;

/// <summary>
/// A form on one record: its id (for the form's action and links; null on a creation form) and the input drawn in the
/// fields. The view binds
/// <see cref="Input"/> without a prefix (see docs/architecture.md, "Web layer"), so the posted names stay the input's.
/// </summary>
public sealed record FormViewModel<TInput>(int? Id, TInput Input)
    where TInput : class
{
    /// <summary>A creation form: the record has no id yet (its key fields are still editable).</summary>
    public bool IsNew => Id is null;
}
