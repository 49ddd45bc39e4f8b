namespace OutlookCms.Domain.Interactions;

public enum Channel
{
    Email,
    Meeting,
    PhoneCall,
    InPerson,
    PostalMail,
    Note,
}
