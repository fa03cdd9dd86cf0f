/**
 * Common surnames in the UK, for recognising "Firstname Surname" when the first name is not in the first-name
 * list. Source: written for Post Guard from general knowledge of the most frequent surnames in England, Wales,
 * Scotland and Northern Ireland (as published from ONS and National Records of Scotland registers), plus surnames
 * common in the UK's South Asian, African, Polish and Chinese communities. Words that are also ordinary words
 * (Brown, White, Young, King, Hill, Wood...) are kept: a surname only counts after a capitalised first word.
 */
import { foldText } from '../text/fold';

const SURNAMES = `
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White
Edwards Hughes Green Hall Lewis Harris Clarke Clark Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore
Khan Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths
Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson
Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Grey Mason Ali Hunt Hussain
Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders
Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp
Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard
Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater
Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham
Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson
Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson
Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston
Hancock Thornton Baldwin Burrows Briggs Storey Pike Pope Fleming Hilton Howe Vincent Chan Wong Li Wang Zhang Chen
Liu Nguyen Kowalski Nowak Wojcik Kaminski Lewandowski Zielinski Mensah Okafor Okoro Adeyemi Oyelaran Osei Boateng
Abubakar Mohamed Mohammed Rahman Islam Uddin Chowdhury Hossain Iqbal Malik Butt Raza Aziz Sharma Kumar Gupta Mistry
Joshi Mehta Desai Chauhan Sandhu Sidhu Gill Dhillon Bains Grewal McLean MacLeod MacDonald McKenzie MacKenzie
Fraser Paterson Sinclair Munro Cameron Hay Kerr Duncan Kelly McLaughlin Doherty Gallagher Quinn Byrne Ryan Walsh
O'Sullivan McCann Devlin Maguire Murray Flanagan Rafferty Dempsey Llewellyn Pugh Powell Price Vaughan Bowen Howells
Jenkins Rees Prosser Probert Beynon Penhaligon Trelawney Pascoe Nancarrow Rowe
`;

/** Folded keys of common UK surnames. */
export const UK_SURNAMES: ReadonlySet<string> = new Set(
  SURNAMES.split(/\s+/)
    .filter(Boolean)
    .map((name) => foldText(name).replace(/[^a-z]/g, '')),
);
