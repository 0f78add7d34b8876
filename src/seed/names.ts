/**
 * Word lists for demo names. Invented combinations of common Flemish first names, surnames and
 * street names; any resemblance to a real person or organisation is chance (except the two
 * examples from the public webinar, Nottebohm and Marc Boons, used on purpose).
 */

export const FIRST_NAMES_F = [
  'An', 'Anke', 'Annelies', 'Astrid', 'Bieke', 'Caroline', 'Charlotte', 'Chloë', 'Ellen', 'Els', 'Emma',
  'Eva', 'Evelien', 'Fatima', 'Febe', 'Greet', 'Griet', 'Hanne', 'Heidi', 'Hilde', 'Ilse', 'Ines',
  'Inge', 'Jana', 'Joke', 'Julie', 'Karen', 'Katrien', 'Kim', 'Laura', 'Leen', 'Lien', 'Lies',
  'Liesbeth', 'Lore', 'Lotte', 'Lucie', 'Marie', 'Marijke', 'Marleen', 'Nathalie', 'Nele', 'Nora',
  'Olivia', 'Petra', 'Rania', 'Sandra', 'Sarah', 'Sofie', 'Stefanie', 'Tine', 'Valerie', 'Veerle',
  'Yasmina', 'Zeynep', 'Amira', 'Elise', 'Femke', 'Hannelore', 'Jolien', 'Margot', 'Noor', 'Saar',
] as const

export const FIRST_NAMES_M = [
  'Arne', 'Bart', 'Ben', 'Bert', 'Bram', 'Dirk', 'Dries', 'Filip', 'Frederik', 'Geert', 'Gert',
  'Glenn', 'Hans', 'Jan', 'Jasper', 'Jens', 'Jeroen', 'Joris', 'Jonas', 'Karim', 'Kevin', 'Koen',
  'Kris', 'Lars', 'Lucas', 'Luc', 'Maarten', 'Marc', 'Mathias', 'Michiel', 'Mohamed', 'Nick',
  'Niels', 'Olivier', 'Patrick', 'Peter', 'Philippe', 'Pieter', 'Rik', 'Robbe', 'Ruben', 'Sam',
  'Sander', 'Simon', 'Steven', 'Stijn', 'Thomas', 'Tim', 'Tom', 'Vincent', 'Ward', 'Wim', 'Wouter',
  'Youssef', 'Yannick', 'Ayoub', 'Emre', 'Felix', 'Hamza', 'Lowie', 'Mats', 'Warre',
] as const

export const LAST_NAMES = [
  'Aerts', 'Baert', 'Bauwens', 'Beckers', 'Bogaert', 'Boons', 'Bosmans', 'Buyse', 'Claes', 'Claeys',
  'Cools', 'Coppens', 'De Backer', 'De Bock', 'De Clercq', 'De Cock', 'De Coninck', 'De Groote',
  'De Meyer', 'De Ridder', 'De Smedt', 'De Smet', 'De Vos', 'De Wilde', 'Declercq', 'Desmet',
  'Dewulf', 'Dhondt', 'Engelen', 'Geerts', 'Goossens', 'Hendrickx', 'Hermans', 'Heylen', 'Jacobs',
  'Janssens', 'Lambrechts', 'Leemans', 'Lenaerts', 'Maes', 'Martens', 'Mertens', 'Michiels',
  'Moens', 'Nijs', 'Pauwels', 'Peeters', 'Roels', 'Segers', 'Smets', 'Stevens', 'Thys', 'Timmermans',
  'Van Acker', 'Van Damme', 'Van de Velde', 'Van den Bossche', 'Van den Broeck', 'Van Dyck',
  'Van Hoof', 'Van Laere', 'Vandenberghe', 'Vanhove', 'Verbeke', 'Verhaegen', 'Verheyen',
  'Vermeersch', 'Vermeulen', 'Verstraete', 'Wauters', 'Willems', 'Wouters', 'Wuyts', 'El Idrissi',
  'Benali', 'Yilmaz', 'Kaya', 'Nowak', 'Haddouchi', 'Ramadani', 'Mbuyi',
] as const

/** Street names common all over Flanders. */
export const STREETS = [
  'Kerkstraat', 'Stationsstraat', 'Dorpsstraat', 'Molenstraat', 'Schoolstraat', 'Nieuwstraat',
  'Kapelstraat', 'Veldstraat', 'Hoogstraat', 'Beekstraat', 'Bosstraat', 'Kasteelstraat',
  'Lindenlaan', 'Kastanjelaan', 'Eikenlaan', 'Berkenlaan', 'Populierenlaan', 'Heirbaan',
  'Markt', 'Grote Markt', 'Kouter', 'Leopoldstraat', 'Koning Albertlaan', 'Koningin Astridlaan',
  'Sint-Jozefstraat', 'Sint-Annastraat', 'Sint-Jansstraat', 'Pastoriestraat', 'Gemeenteplein',
  'Bruggestraat', 'Gentsesteenweg', 'Antwerpsesteenweg', 'Mechelsesteenweg', 'Brusselsesteenweg',
  'Tiensesteenweg', 'Kortrijksesteenweg', 'Hasseltweg', 'Zandstraat', 'Weverstraat', 'Ridderstraat',
  'Nachtegalenstraat', 'Meersstraat', 'Broekstraat', 'Hofstraat', 'Processieweg', 'Vaartstraat',
  'Groenstraat', 'Kloosterstraat', 'Torenstraat', 'Wijngaardstraat', 'Parklaan', 'Vijverstraat',
  'Guido Gezellelaan', 'Hendrik Consciencestraat', 'Pater Damiaanstraat', 'Lange Nieuwstraat',
  'Oude Baan', 'Nieuwe Baan', 'Ringlaan', 'Stationsplein', 'Dokter Haekstraat', 'Zorgstraat',
] as const

/** Words that make names of practices, care homes and centres ("De Linde", "Ter Beuken"). */
export const NOUNS = [
  'De Linde', 'De Brug', 'De Bron', 'Het Anker', 'De Vlinder', 'De Wingerd', 'Ter Beuken',
  'Ter Biest', 'Hof ter Heide', 'Zonnewende', 'De Regenboog', 'Het Lindehof', 'De Vesten',
  "'t Hofke", 'De Kouter', 'De Molen', 'Ter Meeren', 'Zonnebloem', 'Sint-Jozef', 'Sint-Anna',
  'Sint-Vincentius', 'De Notelaar', 'Ter Linden', 'De Kade', 'Het Park', 'De Sterre', 'Ter Vesten',
  'De Zandloper', 'Het Kompas', 'De Boomgaard', 'Ter Hoeve', 'De Haven', 'Den Olm', 'De Populier',
  'Het Klavertje', 'De Kastanje', 'De Wilg', 'Ter Dreef', 'De Kapel', 'Het Veer', 'De Toren',
] as const

/** Short place words for practice names ("Huisartsenpraktijk Lier Astrid"). */
export const NEIGHBOURHOOD_WORDS = [
  'Astrid', 'Centrum', 'Zuid', 'Noord', 'Oost', 'West', 'Markt', 'Kouter', 'Station', 'Park',
  'Kerkplein', 'De Vest', 'Molenwijk', 'Vaart', 'Heide', 'Dorp', 'Hof', 'Driehoek', 'Linde',
] as const

export const SAINTS = ['Sint-Jan', 'Sint-Elisabeth', 'Sint-Vincentius', 'Sint-Maarten', 'Sint-Jozef', 'Sint-Lucas', 'Sint-Franciscus', 'Sint-Augustinus', 'Sint-Camillus', 'Sint-Rembert', 'Heilig Hart', 'Sint-Blasius'] as const
