// Hand-written comment material for the demo data set. `{t}` is replaced by
// the article's topic phrase. The abusive lines are deliberately mild but
// real enough to exercise the flags, the queue and the charts.
export const topicPhrases: Record<string, string[]> = {
  'harbour-bridge': ['the bridge', 'this bridge project', 'the council’s bridge plan'],
  heatwave: ['this heat', 'the heatwave', 'the water restrictions'],
  'cup-final': ['that penalty', 'the final', 'the referee'],
  'library-hours': ['Sunday opening', 'the library plan', 'the new opening hours'],
  'rent-cap': ['the rent cap', 'this proposal', 'rent control'],
  'phone-ban': ['the phone ban', 'this rule', 'banning phones'],
  bakery: ['the bakery', 'those cinnamon buns', 'the Lindqvist family'],
  'election-debate': ['the debate', 'both candidates', 'the tax plan'],
};

export type DemoKind =
  | 'praise'
  | 'agree'
  | 'neutral'
  | 'question'
  | 'disagree'
  | 'angry'
  | 'insult'
  | 'profanity'
  | 'shouting'
  | 'spam'
  | 'threat'
  | 'hate'
  | 'personal';

export const phrases: Record<DemoKind, string[]> = {
  praise: [
    'Great reporting, thank you for explaining {t} so clearly.',
    'Honestly {t} is the best news I have heard all year. Well done!',
    'Love this. {t} makes me proud of this city :)',
    'What a wonderful story about {t}. Made my morning.',
    'Finally some good news. {t} is a brilliant idea and long overdue.',
    'Really enjoyed this piece, very fair and balanced on {t}.',
    'This is fantastic 👏 {t} will help so many people.',
    'So happy to read this! {t} is sooo good for families.',
  ],
  agree: [
    'I agree with most of this. {t} is not perfect but it is a step forward.',
    'Makes sense to me. {t} seems reasonable given the numbers.',
    'Good point in the article: {t} has clear benefits for ordinary people.',
    'I was sceptical about {t} at first, but this convinced me.',
    'Fair enough. {t} sounds like a sensible compromise.',
  ],
  neutral: [
    'Does anyone know when {t} actually takes effect?',
    'The article says the vote was on Tuesday. I thought it was Wednesday.',
    'Interesting. I would like to see the full figures behind {t}.',
    'My neighbour works on this. Apparently {t} was decided months ago.',
    'Is there a link to the official document about {t}?',
    'Read the whole thing. Not sure what to think about {t} yet.',
    'The photo caption has the wrong date, by the way.',
  ],
  question: [
    'How exactly will {t} be paid for?',
    'Who is going to check that {t} works as promised?',
    'Why was nobody asked before {t} was announced?',
    'What happens to people who cannot afford {t}?',
  ],
  disagree: [
    'I don’t think {t} will work. We tried something similar before and it failed.',
    'Sorry, but {t} is a bad idea and the article ignores the costs.',
    'Not convinced at all. {t} sounds good on paper but never really delivers.',
    'This is disappointing. {t} helps the wrong people, again.',
    'The piece is one-sided. Plenty of experts think {t} is a mistake.',
    '{t} is not a good plan, although I understand why people want it.',
  ],
  angry: [
    'Absolutely ridiculous. {t} is a terrible waste of our money!!',
    'This is a disgrace. {t} is the worst decision in years.',
    'Awful, just awful. Whoever planned {t} should be ashamed.',
    'I am sick and tired of hearing about {t}. Pathetic.',
    'Shameful. {t} is a total failure and everyone knows it.',
  ],
  insult: [
    'You are an idiot if you believe {t} will change anything.',
    'Only a complete moron would support {t}.',
    'Shut up, you clueless clown. Nobody cares about your opinion on {t}.',
    'The person who wrote this is a pathetic loser.',
    'What a stupid comment. You people are brain-dead.',
    'Go back to school, you ignorant fool.',
  ],
  profanity: [
    '{t} is complete bullshit.',
    'What the fuck is wrong with these people? {t}?!',
    'This is such a shitty decision about {t}.',
    'Damn right, {t} is a f*cking joke.',
    'Who gives a sh1t about {t} anyway.',
  ],
  shouting: [
    'THIS IS AN OUTRAGE AND NOBODY IS LISTENING!!!',
    'STOP WASTING OUR MONEY ON {T}!!!',
    'WAKE UP PEOPLE, THEY ARE LYING TO YOU',
    'NO NO NO. VOTE THEM ALL OUT!',
  ],
  spam: [
    'Earn $500 a day working from home!!! Visit www.quick-cash-now.biz to start today',
    'Check out my channel for daily crypto tips, subscribe and DM me for free signals 🚀',
    'Best prices on watches: http://cheap-watches.example.shop use code SAVE50',
    'I made 3000 dollars last week with bitcoin trading, message me on WhatsApp +44 7700 900123',
    'Click here to win a free iPhone: bit.ly/free-phone-win',
    'Hot singles in your area want to meet you >>> datingnow.example.com',
    'Follow me for more!!! Follow me for more!!! Follow me for more!!!',
  ],
  threat: [
    'Someone should teach whoever decided {t} a lesson they won’t forget. I know where they live.',
    'Keep pushing {t} and you will get hurt. Watch your back.',
    'People like the mayor deserve to be shot for {t}.',
    'I will find you and make you pay for this article.',
  ],
  hate: [
    'This is what happens when you let immigrants run the city. They are vermin.',
    'Typical. Those people are all criminals and should be sent back where they came from.',
    'Women should not be allowed anywhere near decisions like {t}.',
  ],
  personal: [
    'If anyone wants to organise a protest against {t} email me at jan.kowalski1978@example.com',
    'The councillor’s private number is 555-201-3344, call him and tell him what you think.',
    'I live at 14 Elm Street, come round and we can talk about {t}.',
  ],
};

export const replyOpeners = [
  'I see your point, but',
  'Exactly this.',
  'Completely disagree.',
  'Thank you for saying this.',
  'Source?',
  'Well said.',
  'That is not what the article says.',
  'Haha, so true.',
];

export const firstNames = [
  'Anna', 'Ben', 'Chloe', 'Daniel', 'Eva', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Leo', 'Maya', 'Nils',
  'Olga', 'Pavel', 'Quinn', 'Rosa', 'Samir', 'Tove', 'Umar', 'Vera', 'Wim', 'Xenia', 'Yusuf', 'Zoe',
];
export const handles = [
  'bridgewatcher', 'sunny_day', 'old_reader', 'truthseeker99', 'city_cyclist', 'quietneighbour', 'footyfan',
  'bookworm', 'taxpayer_42', 'northside', 'harbourlights', 'plainspeaker', 'mapmaker', 'kettle_on',
];
