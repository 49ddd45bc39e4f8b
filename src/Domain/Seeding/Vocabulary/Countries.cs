namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>
/// The countries the seeded firm's clients come from, weighted like a Zurich/London/New York private bank's book.
/// Phone numbers use ranges set aside for fiction where a country has them (UK 020 7946 0xxx and 07700 900xxx,
/// US 555-01xx), so a seeded number never rings a real person.
/// </summary>
internal static class Countries
{
    public static readonly Country Switzerland = new(
        "CH", "CHF", "Europe/Zurich", StreetStyle.NameThenNumber,
        ["Lukas", "Anna", "Matthias", "Sarah", "Daniel", "Laura", "Reto", "Nicole", "Beat", "Sandra", "Urs", "Claudia",
         "Thomas", "Monika", "Marco", "Chiara", "Luca", "Giulia", "Jean-Marc", "Sophie", "Olivier", "Camille", "Stefan",
         "Franziska", "Andreas", "Corinne", "Patrick", "Barbara", "Simon", "Noemi", "Fabian", "Seraina", "Christoph",
         "Regula", "Martin", "Esther", "Roger", "Nadine", "Adrian", "Yvonne", "Dominik", "Céline", "Gian", "Flurina"],
        ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer", "Gerber",
         "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth", "Bachmann", "Kälin",
         "Rossi", "Bernasconi", "Fontana", "Favre", "Rochat", "Dubois", "Bonvin", "Zürcher", "Hofstetter", "Ammann",
         "Lüthi", "Sutter", "Vogel", "Schärer", "Egli", "Marti", "Studer", "Hess", "Bühler", "Suter", "Kunz", "Zbinden",
         "Grob", "Caflisch", "von Salis", "Planta", "Iselin", "Merian", "de Pury", "Tschudi"],
        [
            new City("Zürich", null, ["8001", "8002", "8003", "8006", "8008", "8032", "8044", "8702"], "+41 44 ### ## ##"),
            new City("Genève", null, ["1201", "1204", "1205", "1206", "1207", "1208"], "+41 22 ### ## ##"),
            new City("Basel", null, ["4001", "4051", "4052", "4054", "4059"], "+41 61 ### ## ##"),
            new City("Bern", null, ["3005", "3006", "3011", "3012"], "+41 31 ### ## ##"),
            new City("Zug", null, ["6300", "6302", "6304"], "+41 41 ### ## ##"),
            new City("Lugano", null, ["6900", "6901", "6906"], "+41 91 ### ## ##"),
            new City("Lausanne", null, ["1003", "1005", "1006", "1007"], "+41 21 ### ## ##"),
            new City("St. Gallen", null, ["9000", "9008", "9010"], "+41 71 ### ## ##"),
            new City("Küsnacht", null, ["8700"], "+41 44 ### ## ##"),
        ],
        ["Bahnhofstrasse", "Seestrasse", "Dufourstrasse", "Rämistrasse", "Bellerivestrasse", "Talstrasse", "Löwenstrasse",
         "Kirchgasse", "Rue du Rhône", "Quai du Mont-Blanc", "Via Nassa", "Aeschenvorstadt", "Marktgasse", "Rosenbergstrasse",
         "Zollikerstrasse", "Florastrasse", "Chemin des Crêts", "Avenue de Champel", "Alpenstrasse", "Bundesgasse"],
        ["+41 79 ### ## ##", "+41 78 ### ## ##", "+41 76 ### ## ##"],
        [("gmail.com", 3), ("bluewin.ch", 3), ("gmx.ch", 2), ("hotmail.com", 1), ("proton.me", 1), ("icloud.com", 1)],
        ["AG", "SA", "GmbH", "Holding AG"]);

    public static readonly Country UnitedKingdom = new(
        "GB", "GBP", "Europe/London", StreetStyle.NumberThenName,
        ["Oliver", "Charlotte", "James", "Amelia", "William", "Olivia", "Harry", "Emily", "George", "Sophie", "Edward",
         "Lucy", "Henry", "Alice", "Thomas", "Eleanor", "Charles", "Harriet", "Jack", "Isabella", "Rupert", "Victoria",
         "Hugo", "Florence", "Arthur", "Grace", "Samuel", "Imogen", "Alexander", "Rosie", "Priya", "Rohan", "Aisha",
         "Omar", "Fiona", "Callum", "Niamh", "Declan", "Siân", "Rhys", "Zoë", "Dominic"],
        ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
         "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Shah", "Khan",
         "Hughes", "Edwards", "Fitzgerald", "Cavendish", "Ashworth", "Pemberton", "Whitaker", "Harrington", "Montague",
         "Blackwood", "Hartley", "Ellison", "Forsyth", "Grant", "MacLeod", "Campbell", "Stewart", "Murray", "Reid",
         "O'Brien", "Gallagher", "Lloyd-Jones", "Okafor", "Mehta"],
        [
            new City("London", null, ["EC2V", "EC3M", "EC4M", "SW1X", "SW3", "SW7", "W1K", "W8", "NW3", "SW19"], "+44 20 7946 0###"),
            new City("Edinburgh", null, ["EH1", "EH2", "EH3", "EH4"], "+44 131 496 0###"),
            new City("Manchester", null, ["M2", "M3", "M20"], "+44 161 496 0###"),
            new City("Oxford", "Oxfordshire", ["OX1", "OX2"], "+44 1865 496 ###"),
            new City("Bath", "Somerset", ["BA1", "BA2"], "+44 1225 496 ###"),
            new City("Guildford", "Surrey", ["GU1", "GU2"], "+44 1483 496 ###"),
            new City("Cambridge", "Cambridgeshire", ["CB1", "CB2"], "+44 1223 496 ###"),
            new City("Bristol", null, ["BS1", "BS8"], "+44 117 496 0###"),
        ],
        ["Sloane Street", "Cheyne Walk", "Kensington Park Road", "Eaton Square", "Cadogan Place", "Chancery Lane",
         "Threadneedle Street", "Queen Street", "George Street", "Royal Crescent", "High Street", "Bridge Street",
         "St James's Street", "Mount Street", "Park Lane", "Church Road", "Heath Street", "Charlotte Square",
         "Moorgate", "Broad Street"],
        ["+44 7700 900###"],
        [("gmail.com", 4), ("outlook.com", 2), ("yahoo.co.uk", 1), ("btinternet.com", 1), ("icloud.com", 2), ("hotmail.co.uk", 1)],
        ["Ltd", "plc", "LLP", "Holdings Ltd"]);

    public static readonly Country UnitedStates = new(
        "US", "USD", "America/New_York", StreetStyle.NumberThenName,
        ["Michael", "Jennifer", "David", "Elizabeth", "Robert", "Sarah", "John", "Emily", "William", "Jessica", "James",
         "Ashley", "Christopher", "Megan", "Daniel", "Lauren", "Matthew", "Rachel", "Andrew", "Katherine", "Benjamin",
         "Hannah", "Jonathan", "Madison", "Nathan", "Abigail", "Tyler", "Olivia", "Ethan", "Ava", "Carlos", "Sofia",
         "Miguel", "Isabella", "Wei", "Mei", "Raj", "Ananya", "Jamal", "Keisha", "Grant", "Whitney"],
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Martinez",
         "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark",
         "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
         "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Chen", "Wang", "Kim",
         "Nguyen", "Patel", "Goldberg", "Rosenthal", "Delaney", "Sullivan", "O'Connor", "Kowalski", "Haverford"],
        [
            new City("New York", "NY", ["10005", "10017", "10021", "10022", "10023", "10028", "10128"], "+1 212 555 01##"),
            new City("Greenwich", "CT", ["06830", "06831"], "+1 203 555 01##"),
            new City("Boston", "MA", ["02108", "02110", "02116"], "+1 617 555 01##"),
            new City("Chicago", "IL", ["60601", "60606", "60611"], "+1 312 555 01##"),
            new City("San Francisco", "CA", ["94104", "94111", "94115", "94123"], "+1 415 555 01##"),
            new City("Palm Beach", "FL", ["33480"], "+1 561 555 01##"),
            new City("Miami", "FL", ["33131", "33139"], "+1 305 555 01##"),
            new City("Dallas", "TX", ["75201", "75205"], "+1 214 555 01##"),
        ],
        ["Park Avenue", "Fifth Avenue", "Madison Avenue", "Lexington Avenue", "Greenwich Avenue", "Beacon Street",
         "Newbury Street", "Michigan Avenue", "California Street", "Worth Avenue", "Brickell Avenue", "Main Street",
         "Elm Street", "Round Hill Road", "Commonwealth Avenue", "Pacific Avenue", "Ocean Boulevard", "Turtle Creek Boulevard"],
        ["+1 917 555 01##", "+1 646 555 01##", "+1 347 555 01##"],
        [("gmail.com", 5), ("yahoo.com", 2), ("outlook.com", 2), ("icloud.com", 2), ("aol.com", 1), ("hotmail.com", 1)],
        ["Inc.", "LLC", "Corp.", "Holdings LLC", "LP"]);

    public static readonly Country Germany = new(
        "DE", "EUR", "Europe/Berlin", StreetStyle.NameThenNumber,
        ["Maximilian", "Katharina", "Alexander", "Julia", "Felix", "Lena", "Jonas", "Johanna", "Florian", "Sophie",
         "Sebastian", "Hannah", "Tobias", "Marie", "Moritz", "Clara", "Philipp", "Charlotte", "Konstantin", "Friederike",
         "Wolfgang", "Ursula", "Dieter", "Gabriele", "Jürgen", "Petra"],
        ["Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein",
         "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann",
         "von Bülow", "von Stein", "Oppermann", "Haniel"],
        [
            new City("München", "Bayern", ["80331", "80333", "80539", "81675"], "+49 89 #### ####"),
            new City("Frankfurt am Main", "Hessen", ["60311", "60313", "60322", "60325"], "+49 69 #### ####"),
            new City("Hamburg", null, ["20095", "20148", "20149", "22609"], "+49 40 #### ####"),
            new City("Düsseldorf", "Nordrhein-Westfalen", ["40210", "40212", "40474"], "+49 211 #### ###"),
            new City("Stuttgart", "Baden-Württemberg", ["70173", "70174", "70192"], "+49 711 #### ###"),
            new City("Berlin", null, ["10117", "10719", "14193"], "+49 30 #### ####"),
        ],
        ["Maximilianstraße", "Königsallee", "Jungfernstieg", "Neuer Wall", "Goethestraße", "Bockenheimer Landstraße",
         "Kurfürstendamm", "Leopoldstraße", "Elbchaussee", "Prinzregentenstraße"],
        ["+49 151 #### ####", "+49 160 ### ####", "+49 172 ### ####"],
        [("gmx.de", 3), ("web.de", 3), ("gmail.com", 2), ("t-online.de", 2), ("outlook.de", 1)],
        ["GmbH", "AG", "KG", "SE"]);

    public static readonly Country Austria = new(
        "AT", "EUR", "Europe/Vienna", StreetStyle.NameThenNumber,
        ["Lukas", "Anna", "Florian", "Katharina", "Maximilian", "Lena", "Paul", "Magdalena", "Georg", "Theresa", "Clemens", "Elisabeth"],
        ["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner", "Berger",
         "Fuchs", "Eder", "Winkler", "Reiter", "Schwarzenberg", "Esterházy"],
        [
            new City("Wien", null, ["1010", "1030", "1040", "1180", "1190"], "+43 1 ### ####"),
            new City("Salzburg", null, ["5020"], "+43 662 ### ###"),
            new City("Innsbruck", "Tirol", ["6020"], "+43 512 ### ###"),
            new City("Kitzbühel", "Tirol", ["6370"], "+43 5356 ### ##"),
        ],
        ["Kärntner Ring", "Graben", "Kohlmarkt", "Getreidegasse", "Maria-Theresien-Straße", "Schottenring", "Hohe Warte"],
        ["+43 664 ### ####", "+43 676 ### ####"],
        [("gmx.at", 3), ("gmail.com", 3), ("aon.at", 2), ("chello.at", 1)],
        ["GmbH", "AG"]);

    public static readonly Country France = new(
        "FR", "EUR", "Europe/Paris", StreetStyle.NumberThenName,
        ["Camille", "Louis", "Claire", "Antoine", "Juliette", "Hugo", "Manon", "Julien", "Élodie", "Mathieu", "Aurélie",
         "Nicolas", "Céline", "François", "Hélène", "Pierre"],
        ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Lefebvre",
         "Fontaine", "Chevalier", "Delacroix", "Rousseau", "Girard", "Mercier", "Bonnet", "Lambert", "de Castellane"],
        [
            new City("Paris", null, ["75001", "75007", "75008", "75016", "75116"], "+33 1 ## ## ## ##"),
            new City("Lyon", null, ["69002", "69003", "69006"], "+33 4 ## ## ## ##"),
            new City("Nice", null, ["06000", "06300"], "+33 4 ## ## ## ##"),
            new City("Bordeaux", null, ["33000"], "+33 5 ## ## ## ##"),
        ],
        ["avenue Montaigne", "rue du Faubourg Saint-Honoré", "boulevard Haussmann", "rue de la République",
         "cours de l'Intendance", "quai des Chartrons", "avenue Foch", "rue de Rivoli", "promenade des Anglais"],
        ["+33 6 ## ## ## ##", "+33 7 ## ## ## ##"],
        [("orange.fr", 3), ("gmail.com", 3), ("free.fr", 2), ("laposte.net", 1), ("sfr.fr", 1)],
        ["SA", "SAS", "SARL"]);

    public static readonly Country Italy = new(
        "IT", "EUR", "Europe/Rome", StreetStyle.NameThenNumber,
        ["Alessandro", "Giulia", "Lorenzo", "Francesca", "Matteo", "Chiara", "Andrea", "Elena", "Marco", "Valentina",
         "Federico", "Martina", "Giovanni", "Sofia", "Riccardo", "Alessandra"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
         "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "Moretti", "Barbieri", "Borromeo"],
        [
            new City("Milano", "MI", ["20121", "20122", "20123", "20145"], "+39 02 #### ####"),
            new City("Roma", "RM", ["00186", "00187", "00197"], "+39 06 #### ####"),
            new City("Torino", "TO", ["10121", "10123"], "+39 011 ### ####"),
            new City("Como", "CO", ["22100"], "+39 031 ### ###"),
        ],
        ["Via Montenapoleone", "Via della Spiga", "Corso Venezia", "Via Condotti", "Via Veneto", "Via Roma",
         "Corso Vittorio Emanuele II", "Via Borgonuovo", "Lungo Lario Trento"],
        ["+39 335 ### ####", "+39 347 ### ####", "+39 320 ### ####"],
        [("libero.it", 3), ("gmail.com", 3), ("virgilio.it", 1), ("tiscali.it", 1)],
        ["S.p.A.", "S.r.l."]);

    /// <summary>Where the clients come from, with weights summing to 100.</summary>
    public static readonly IReadOnlyList<(Country Country, int Weight)> Weighted =
    [
        (Switzerland, 34), (UnitedKingdom, 26), (UnitedStates, 24), (Germany, 7), (Austria, 3), (France, 3), (Italy, 3),
    ];

    /// <summary>Every free-mail domain of every country (capture must never match an organisation by one of these).</summary>
    public static IReadOnlySet<string> FreeMailDomains { get; } =
        Weighted.SelectMany(c => c.Country.FreeMail).Select(f => f.Domain).ToHashSet(StringComparer.Ordinal);
}
