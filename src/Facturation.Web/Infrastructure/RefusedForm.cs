namespace Facturation.Web.Infrastructure;

/// <summary>The action whose business rule was refused and the arguments it was bound with (the user's input).</summary>
public sealed record RefusedForm(string Action, IReadOnlyDictionary<string, object?> Arguments)
{
    /// <summary>The bound form input of type <typeparamref name="TInput"/>.</summary>
    public TInput Input<TInput>()
        where TInput : class => Arguments.Values.OfType<TInput>().Single();

    /// <summary>A bound route or form value by parameter name, when it was posted.</summary>
    public TValue? Value<TValue>(string name)
        where TValue : struct => Arguments.TryGetValue(name, out var value) && value is TValue typed ? typed : null;

    /// <summary>The <c>id</c> route value of an action on one record (its form's page is built again from it).</summary>
    public int Id => Value<int>("id") ?? throw new InvalidOperationException($"The refused action {Action} has no id.");
}
