namespace OutlookCms.GraphSimulator.Subscriptions;

/// <summary>The tenant's subscriptions; expired ones are dropped when next looked at, as Graph deletes them.</summary>
public sealed class SubscriptionStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Subscription> _byId = [];

    /// <summary>Adds it unless the mailbox already holds <paramref name="perMailboxLimit"/> live subscriptions.</summary>
    public bool TryAdd(Subscription subscription, int perMailboxLimit)
    {
        lock (_gate)
        {
            DropExpired();
            if (perMailboxLimit > 0 && _byId.Values.Count(s => s.MailboxId == subscription.MailboxId) >= perMailboxLimit)
            {
                return false;
            }

            _byId[subscription.Id] = subscription;
            return true;
        }
    }

    public Subscription? Find(Guid id)
    {
        lock (_gate)
        {
            DropExpired();
            return _byId.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<Subscription> All()
    {
        lock (_gate)
        {
            DropExpired();
            return [.. _byId.Values.OrderBy(s => s.ExpirationDateTime)];
        }
    }

    public IReadOnlyList<Subscription> Watching(Mailboxes.MailboxChange change)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            return [.. _byId.Values.Where(s => s.Watches(change, now))];
        }
    }

    /// <summary>Changes a subscription under the store's lock (a renewal racing a delivery sees one or the other).</summary>
    public void Update(Subscription subscription, Action<Subscription> change)
    {
        lock (_gate)
        {
            change(subscription);
        }
    }

    public bool Remove(Guid id)
    {
        lock (_gate)
        {
            return _byId.Remove(id);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byId.Clear();
        }
    }

    private void DropExpired()
    {
        var now = time.GetUtcNow();
        foreach (var id in _byId.Values.Where(s => s.ExpirationDateTime <= now).Select(s => s.Id).ToList())
        {
            _byId.Remove(id);
        }
    }
}
