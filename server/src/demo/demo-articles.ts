// Demo articles written for Sift: invented news stories on different topics,
// so that a first start shows a believable site.
export interface DemoArticle {
  key: string;
  title: string;
  url: string;
  body: string;
  /** How much this story attracts comments, relative to the others. */
  heat: number;
  /** How contentious it is: raises the share of negative and abusive comments. */
  edge: number;
}

export const demoArticles: DemoArticle[] = [
  {
    key: 'harbour-bridge',
    title: 'City council approves new harbour bridge after ten-year debate',
    url: 'https://news.example.org/city/harbour-bridge-approved',
    body: 'After a decade of studies, protests and two public votes, the city council approved the harbour bridge by 27 votes to 14 on Tuesday night.\n\nConstruction is due to start next spring and to take four years. Opponents say the cost, now estimated at 1.2 billion, will squeeze the budget for schools and buses.',
    heat: 1.4,
    edge: 0.5,
  },
  {
    key: 'heatwave',
    title: 'Heatwave breaks June records across the region',
    url: 'https://news.example.org/weather/june-heatwave-records',
    body: 'Temperatures reached 39.4 degrees on Saturday, the highest ever measured in June at the airport station.\n\nHospitals reported a rise in heat-related admissions, and the water utility asked residents to avoid watering gardens during the day.',
    heat: 1.0,
    edge: 0.3,
  },
  {
    key: 'cup-final',
    title: 'Late penalty hands Rovers the cup in a chaotic final',
    url: 'https://news.example.org/sport/cup-final-rovers',
    body: 'A penalty in the 94th minute gave Rovers a 2-1 win over United in front of 61,000 fans.\n\nUnited’s manager called the decision "a disgrace" and said the club would ask the league to review the video assistant’s role.',
    heat: 1.6,
    edge: 0.7,
  },
  {
    key: 'library-hours',
    title: 'Public libraries to open on Sundays from September',
    url: 'https://news.example.org/culture/libraries-sunday-opening',
    body: 'All eleven public libraries will open from 11 am to 5 pm on Sundays starting in September, the culture department announced.\n\nThe change is funded by a grant and by moving two mobile library routes to weekdays.',
    heat: 0.6,
    edge: 0.1,
  },
  {
    key: 'rent-cap',
    title: 'Rent cap proposal splits landlords and tenant groups',
    url: 'https://news.example.org/housing/rent-cap-proposal',
    body: 'A proposal to limit rent increases to 3 percent a year for five years was presented to parliament on Monday.\n\nTenant associations welcomed it as overdue; landlord groups warned that it would stop new construction and push owners to sell.',
    heat: 1.3,
    edge: 0.8,
  },
  {
    key: 'phone-ban',
    title: 'Schools to ban phones in classrooms from next term',
    url: 'https://news.example.org/education/school-phone-ban',
    body: 'Pupils will have to keep their phones in lockers during lessons from next term under new national guidance.\n\nTeachers’ unions broadly support the rule; some parents worry about reaching their children in an emergency.',
    heat: 1.1,
    edge: 0.5,
  },
  {
    key: 'bakery',
    title: 'Family bakery celebrates 100 years on Market Street',
    url: 'https://news.example.org/local/market-street-bakery-centenary',
    body: 'The Lindqvist bakery has sold bread on Market Street since 1925. Four generations later, the family still starts baking at 3 am.\n\nTo celebrate, the bakery is handing out free cinnamon buns all weekend.',
    heat: 0.5,
    edge: 0.05,
  },
  {
    key: 'election-debate',
    title: 'Candidates clash over taxes and migration in final debate',
    url: 'https://news.example.org/politics/final-debate',
    body: 'The two leading candidates traded accusations on taxes, migration and crime in a tense final televised debate on Thursday.\n\nPolls suggest the race remains close, with about one voter in six still undecided.',
    heat: 1.8,
    edge: 1.0,
  },
];
