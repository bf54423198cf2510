<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all your applications (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what is missing, then print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}, last saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {holds}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Your budget balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unsecured} of the money from elsewhere is applied for but not yet secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your costs come to {costs}. You are asking for {requested} and have {match} from elsewhere, so {gap} is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your costs come to {costs}. You are asking for {requested} and have {match} from elsewhere, which is {gap} more than your costs. Please lower the amount you ask for, or check your costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your costs come to {costs}. You are asking for {requested} and have {match} from elsewhere, so your budget balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by this funder come to {asked}, but you are asking for {requested}, {gap} less. Please ask for {asked}, or mark the lines other funding pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs you list for this funder come to {asked}, but you are asking for {requested}, {gap} less. Please ask for {asked}, or take out costs others pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by this funder come to {asked}, but you are asking for {requested}, {gap} more. Please lower the amount you ask for, or mark the lines this grant pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs you list for this funder come to {asked}, but you are asking for {requested}, {gap} more. Please lower the amount you ask for, or list every cost it pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by this funder come to {asked}, the amount you are asking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs you list for this funder come to {asked}, the amount you are asking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by other funding come to {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by other funding come to {others} and you have {match} from elsewhere, so {gap} is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by other funding come to {others} and you have {match} from elsewhere, {gap} more than they cost. Please check your other funding, or mark which lines it pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by other funding come to {others} and you have {match} from elsewhere, which covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the total cost of the whole project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project cannot cost less than the amount you ask for: {whole} is less than {requested}. Please check the total cost of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project costs {whole}: this grant would pay for all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project costs {whole}, so {rest} comes from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project costs {whole}, so {rest} comes from elsewhere; you have {match}, so {gap} is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project costs {whole}, so {rest} comes from elsewhere; you have {match}, {gap} more than that. Please check the total cost of the project, or your other funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project costs {whole}, so {rest} comes from elsewhere; you have {match}, which covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your costs in the budget: GrantDesk adds them up against what you ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by this funder come to {asked}: ask for that, or mark the lines other funding pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs you list for this funder come to {asked}: ask for that, or take out costs others pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines paid by this funder come to {asked}: ask for no more than that, or mark the lines this grant pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs you list for this funder come to {asked}: ask for no more than that, or list every cost it pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the total cost of the whole project, below the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project cannot cost less than you ask for: check its total cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gap} is not covered yet: add other funding, or lower your costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {gap} more than you need: ask for less, or check your other funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It balances, but {unsecured} of the other money is applied for, not yet secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are asking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {amount}, but this fund gives at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {amount}, but this fund gives at least {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs you list for this funder come to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications you delete wait here until you restore them. Nothing in the bin is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications in the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (last saved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>Expenditure breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs we are asking you to fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total we are asking you to fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs paid by other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid by other funding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>No VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add VAT to this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price includes VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose one of the VAT choices from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose this funder or other funding from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste rows from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows in a spreadsheet, then press Ctrl+V in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can reclaim &amp;VAT (our group is VAT-registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;overheads as a share of direct costs (full cost recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads, per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads are worked out on each year’s direct costs (every line not itself an overhead) and rounded to the nearest penny, so the lines always add up to the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every cost of the project. The amount you ask for and your other funding together should cover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This funder asks only for the costs it would pay: list just those, adding up to the amount you ask for, and give the total cost of the whole project below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every cost of the project, and say for each line whether this funder or other funding pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £12,500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total cost of the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s budget rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lines were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can reclaim VAT, so it is left out of your costs and not asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most small groups cannot reclaim VAT, so VAT is a real cost and is included in your totals ({vat} at 20%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads at {rate} of direct costs: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {n}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetUnit</name>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <source>Chart of spending by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down go from bar to bar. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spending yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bar}, {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseGroupDialog</name>
    <message>
        <source>Which group? – GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group are you working for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group’s work is kept apart: you only see the group you choose. A locked group asks for its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or add a &amp;new group, called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonQuestions</name>
    <message>
        <source>What your group does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does your organisation do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what your group actually does, week in, week out – not your mission statement or your aims.
Say who comes, when and where you meet, and roughly how many people you help in a year.
Mention how long you have been going and who runs things: volunteers, and any paid staff.
A funder who has never heard of you should be able to picture a typical day or session.
Keep it short and factual: you will describe the new project in the next questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maes-y-Dŵr Youth Drop-In is a volunteer-run youth club for 11–17 year olds in Maes-y-Dŵr and the Llwyn Brân estate. We open on Tuesday and Thursday evenings, 6–9pm, at Tŷ’r Cwm Community Centre, and run a homework club on Wednesdays after school. Young people drop in to play pool and table tennis, cook a cheap hot meal together, make music and talk to an adult they trust. Our part-time youth worker and 14 trained volunteers help them with worries about school, home or life online, and link them to the council’s youth service or the school’s wellbeing team when they need more help. Last year 86 different young people came at least once, and about 35 come most weeks. We have been open since 2011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What type of organisation are you, and do you have a bank account that can receive the grant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what kind of organisation you are: for example a registered charity, a CIO, a social enterprise, a community interest company or a constituted community group.
Give your charity or company number if you have one.
If you are a constituted group, say that you have a written constitution and an elected committee.
Confirm that you have a bank account in your group’s name that can receive the grant, with two unrelated people to sign or approve each payment.
Some funders only give to certain kinds of organisation, so check their guidance notes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are a registered charity in England and Wales (charity number 1146382), set up in 2011 with a written constitution. Seven volunteer trustees, elected at our annual general meeting, meet every two months, and an independent examiner checks our accounts each year. We have a bank account in the name of Maes-y-Dŵr Youth Drop-In, and every payment needs two signatories who are not related to each other. Our safeguarding policy was last reviewed in September 2026, and every volunteer has an enhanced DBS check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the project you would like us to fund?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain in plain words what you want to do and why it is needed now.
Describe the need with evidence if you have it: local figures, a survey, or what people have told you.
Say what the grant will pay for, how long the project will run and how many people will take part.
Write for someone who has never been to your area: if they would understand it, so will the funder.
You can say more about timings, partners and results in later answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday Night Safe Space will open our club on Friday evenings: the one night we are closed, and the night when trouble in the town is worst. In the 12 months to September 2026 the neighbourhood police team logged 63 reports of anti-social behaviour on Friday evenings around the town centre, the Llwyn Brân estate and the skate park – more than on any other night. When we surveyed 112 pupils at Maes-y-Dŵr Comprehensive School, 71% said there was “nothing to do” on a Friday night. We will run 40 free sessions between April 2027 and March 2028, 6.30–9.30pm, for 11–17 year olds, with a hot meal, sport, music, games and time with trusted adults. Your £4,000 will pay for a qualified sessional youth worker, the hall, food, equipment and training for new volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, when and who with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you carry out the project: where, when and with which partners?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the activities will happen, on which days and at what times, and between which dates.
Set out the main steps in order, from getting ready to the last session.
Name your partners and say exactly what each one will do – for example lend a room, refer people or send staff.
Say who will run the sessions, and the training and safety checks (such as DBS checks) they have.
A simple month-by-month timetable helps the funder see that your plan is realistic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions will run at Tŷ’r Cwm Community Centre, Heol y Nant, on 40 Fridays between 9 April 2027 and 24 March 2028, 6.30–9.30pm: every Friday in school term time, plus four in the summer holidays. In March 2027 we will train four new volunteers in first aid and safeguarding, and visit school assemblies to tell young people about the sessions. Every session will have a qualified sessional youth worker and at least two DBS-checked volunteers. Our partners have each agreed their part: Dyffryn Youth Service will send a detached youth worker to 20 sessions, who will first walk round the skate park and invite young people in; the neighbourhood police team will drop in on the first Friday of each month and share anti-social behaviour figures every quarter; and the wellbeing officer at Maes-y-Dŵr Comprehensive School will refer pupils who would benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will benefit from the project, and how many people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe who will benefit: their ages, where they live and what they have in common.
Give numbers: how many people will take part, and how many will come regularly.
Explain how you know they need this, and how you will reach people who don’t usually come forward.
Say how the people who will benefit have helped to shape the project.
Mention anyone who benefits less directly, such as families, neighbours or local shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is for young people aged 11 to 17 who live in Maes-y-Dŵr, and especially on the Llwyn Brân estate, where there is little for teenagers to do and the nearest leisure centre is two bus rides away. We expect 60 different young people to come during the year, and 30 of them to come to at least ten sessions. We want to reach the young people who hang around the town on a Friday night, not only our regulars: the youth service’s detached worker will invite them in, and the school’s wellbeing officer will refer pupils at risk of getting into trouble. Our youth forum of eight members chose Friday and planned the activities. Parents, neighbours and the shopkeepers by the precinct will benefit too, from calmer Friday evenings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference it will make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What difference will the project make to individuals and the community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders want outcomes: the change in people’s lives, not only what you deliver.
“We will run 40 sessions” is an output. “Young people feel safer and fewer get into trouble” is an outcome.
Choose two or three changes, and say how many people you expect to see each one.
Measure each change the same way you measured the need: if the need was 63 reports of anti-social behaviour, the outcome is fewer reports.
Include the difference for the wider community as well as for individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By March 2028 we expect three changes.

Less anti-social behaviour: Friday-evening reports to the police fall by a quarter, from 63 to 47 or fewer, counted the same way as the figures that showed us the need.

Young people feel safer: at least 65% of our regular attenders say they feel safe in the town on a Friday night, compared with 38% in our school survey.

A trusted adult to turn to: at least 20 young people who have been in trouble or at risk of it say they now have an adult they can talk to.

For the whole community we hope for quieter streets, fewer calls to the police, and more trust between young people, residents and the neighbourhood team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your project meet one or more of our funding priorities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the funder’s priorities and name the ones your project meets, in the funder’s own words.
For a Police and Crime Commissioner, the priorities are set out in the Police and Crime Plan, usually on the Commissioner’s website.
Take each priority in turn and show, with a fact or a figure, how the project meets it.
Meeting one or two priorities well is better than claiming all of them loosely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our project meets two priorities of the Commissioner’s Police and Crime Plan.

“Preventing crime and anti-social behaviour”: Friday evening is the peak time for anti-social behaviour in Maes-y-Dŵr, with 63 reports last year. A safe, supervised place to go on that night tackles the problem at its root, and we aim to cut those reports by a quarter.

“Early help for young people”: the school’s wellbeing officer and the youth service will refer young people at risk of being drawn into crime, and our youth worker will link them to support before problems grow. The neighbourhood team will join a session each month, so young people get to know officers in a relaxed setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you’ll spend the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much are you asking for, and how will you spend it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be specific: show each cost as quantity × unit cost, for example 40 sessions × £22 hall hire = £880.
Group your costs under headings such as staff, venue, activities, volunteers and training.
If your group can’t reclaim VAT, include the VAT in each cost.
If the funder allows it, include a fair share of your running costs (insurance, bookkeeping, phone): this is called full cost recovery.
Check that the lines add up exactly to the amount you are asking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are asking for £4,000. We are not VAT-registered, so these costs include VAT where it is charged.

Qualified sessional youth worker: 40 sessions × 3 hours × £16.50 = £1,980
Hall hire at Tŷ’r Cwm Community Centre: 40 sessions × £22 = £880
Hot food and drinks: 40 sessions × £12 = £480
Games, sports and art equipment: £300
First aid and safeguarding training: 4 volunteers × £45 = £180
Share of insurance, bookkeeping and phone (full cost recovery): £180

Total: £4,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the project costs more than you are asking for, where will the rest of the money come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every other source of money or support for the project.
For each one give the amount, and say whether it is secured, applied for (and when you will hear) or in kind.
In-kind support has a value but no money changes hands: a free room, a partner’s staff time, your volunteers’ time.
Total project cost = the amount you are asking for + your match funding. Check that the figures balance.
Other support shows the funder that people besides you believe in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project costs £8,930. We are asking you for £4,000, and the other £4,930 comes from:

Our own funds, from our tuck shop and a supermarket bag-pack: £350 – secured
Maes-y-Dŵr Town Council community grant: £500 – applied for, decision on 9 February 2027
Dyffryn Youth Service, a detached youth worker at 20 sessions (20 × 3 hours × £20): £1,200 – in kind, confirmed by letter
Volunteers’ time, 2 volunteers × 3 hours × 40 sessions = 240 hours at £12: £2,880 – in kind

If the town council says no, our reserves will cover the £500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you monitor and evaluate the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think in four parts: inputs (money, staff and volunteer time), needs, outputs (what you deliver) and outcomes (the change in people’s lives).
For each outcome give an indicator (what you will count), a baseline (where things are now), a target, a method (how you will collect it) and when.
Measure outcomes the same way you measured the need, so that before and after can be compared.
Keep it realistic for volunteers: registers, a short survey at the start and the end, figures from partners.
Add case studies – short true stories, shared with permission – to show the difference in a way numbers can’t.
Say how you will use what you learn, and how you will report to the funder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs: we will record spending against each budget line, and staff and volunteer hours at every session.

Outputs: a register at each session will count sessions run, young people attending (with age and area) and referrals made.

Outcomes:
Anti-social behaviour – indicator: Friday-evening reports to the police; baseline: 63 in the year to September 2026; target: 47 or fewer; method: figures from the neighbourhood team; when: every quarter.
Feeling safe – indicator: young people who say they feel safe in town on a Friday night; baseline: 38%; target: 65% of regular attenders; method: the same question as our school survey, asked at a young person’s first session and after their tenth; when: totalled every quarter.

We will also write three case studies, with the young person’s and a parent’s permission. Our trustees will review the figures each quarter, and we will report to you at six and twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen when the funding comes to an end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders want to know that the good work won’t simply stop when their money does.
Say which route you expect: other funders, earned income, volunteers carrying it on, a partner taking it over, or ending cleanly.
If it will end, describe what it leaves behind: trained volunteers, equipment, a toolkit, or links that last.
Promise to give the people who use the project at least three months’ notice if the funding stops.
Be honest: a realistic plan is better than a hopeful one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday Night Safe Space is a one-year pilot. By December 2027 we will know whether it is working, and we will use our figures and case studies to apply to other funders, including the National Lottery Awards for All Wales programme and the town council. Our tuck shop will raise about £400 a year towards food. Dyffryn Youth Service has agreed to consider adding Friday sessions to its own programme from April 2028 if the pilot meets its targets. The four volunteers we train will stay with us, so we could keep a shorter session going with volunteers alone. If we cannot find the money, we will give young people, parents and partners three months’ notice, and the equipment and trained volunteers will stay with our weekday club.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is a new draft; the original stays exactly as it is. For another funder, each answer moves to the question on its form that asks the same thing, and GrantDesk tells you which answers are now too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funder: the eleven common questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>GrantDesk’s data needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed or deleted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk can carry on with what can still be read: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back to that backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to go back to. GrantDesk can start again with no applications, or you can close it and ask whoever looks after this computer for help first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whichever you choose, the damaged files are kept, never deleted, in {folder}; whoever looks after this computer may be able to recover more from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>The closing date is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date, {date}, has passed. Please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a note of what happens: when it went, what the funder decided and why, and, if it is successful, the offer and the reports you must send. Reports due appear on the home screen so none is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was not successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the funder sa&amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we will do &amp;differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk shows this the next time you write to this funder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant’s &amp;terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and reporting schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day you sent it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>{range}, from the funder’s record (change it on the Funders screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smallest or largest grant given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the application a title you will recognise, and say who it is for. The funder’s guidance notes give the fund’s name, the smallest and largest grants it gives and the closing date. The project’s dates set how many years the budget covers (up to five).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{funder}: its form is not typed in (the eleven common questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funder chosen yet: the eleven common questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{funder} (removed from your funders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funder not listed here: type in its form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the whole form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in or change its form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this funder also asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the funder gives one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder’s &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £4,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount you are as&amp;king for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year, for example 15/01/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to the closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;mallest grant the fund gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest grant the fund gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants this fund gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project st&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, this funder said: {feedback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you said you would do differently: {lessons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the application a title, so you can find it again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up: more is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: fewer is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>A draft from your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk can write a first draft of this answer from your plan, for you to edit. It goes where you choose; your own words are never replaced without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a draft from your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the en&amp;d of my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place my answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing in your plan for this answer yet. Fill in the step “Your plan” first, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitEditor</name>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a route from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned income a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit strategy routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will the work carry on, or end well, when this grant runs out? Choose one or more routes and give the details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months’ notice to the people who use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice is to give at least {months} months’ notice before funding stops, and help people find other support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the exit strategy is weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitRoute</name>
    <message>
        <source>Other funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which funders, and when you will apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much, and from what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers carry it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has been trained to carry it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner takes it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which partner, and what they have agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ends cleanly, with a legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays: trained volunteers, equipment, a toolkit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitStrategy</name>
    <message>
        <source> (about {amount} a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If funding stops, we will tell the people who use the project %n month(s) before, and help them find other support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fold</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEntryView</name>
    <message>
        <source>The funder’s form, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question after this one (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, and the smallest and largest grants it gives, from its guidance notes. Then press Next and type in its questions one at a time, in its order: copy each one from the funder’s form and paste it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step before (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the las&amp;t question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of {funder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. (not typed in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: its questions →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderAbout</name>
    <message>
        <source>Funder’s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it has more than one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund or &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it fun&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One priority a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its prio&amp;rities (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;mallest grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 31 March 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderEditor</name>
    <message>
        <source>Its form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype in its form one question at a time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderQuestions</name>
    <message>
        <source>The funder’s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the questions in the funder’s own words and order, with its own numbers if it has them. Leave “At most” empty where the funder sets no limit. For a written answer, give the numbers of the common questions it asks, so earlier answers can move across: {list}. A figure can be filled in from what GrantDesk already holds, and then keeps in step with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderRequirements</name>
    <message>
        <source>The funder’s requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the funder asks for, in its words (“a copy of your latest accounts”). Leave the amounts empty if it applies to every grant. Each application to this funder shows them as a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderRules</name>
    <message>
        <source>Only if the funder’s guidance sets these. Left as they are, GrantDesk counts as most funders do and asks for the whole project’s budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its other requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More rules (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks for besides its questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk looks for these, and prints them, only where the funder asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for GrantDesk’s usual declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it counts &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it counts c&amp;haracters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it asks for the &amp;budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own budget headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semicolon between each, for example Staff; Venue; Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest description of a line (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pounds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management costs at most (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management costs at most (% of the grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings that count as management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Other” costs at most (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Other” costs at most (% of the grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings that count as “other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant covers at most (% of total cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One grant at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last grant’s final report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last grant’s end-of-grant report must be in before applying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest project (months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundersView</name>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all your applications (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders and their forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this funder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a funder from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a funder’s form that someone else typed in and saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this funder to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this funder’s form as a file, to give to other groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this funder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from your funders? Applications already written for it keep every word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the funder to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk funder files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save the file there ({reason}). Please choose another place, such as your Documents folder or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{funder}” to {path}. Give this file to anyone who applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a funder from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk funder files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not open {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed by the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income last year (profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cost the grant covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the project starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the project ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words or characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question, in the funder’s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a kind from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common questions it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices (for a choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer filled in from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the funder asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grants from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a requ&amp;irement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run of letters between spaces is a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphens and dashes split words too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a web form counts them (an emoji is 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each letter, space and emoji once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a web form counts them, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project’s costs, with the amount asked and other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the costs it would pay, and the total cost of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cost, each marked as paid by this funder or by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcomes plan (how things are now, and the aim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit strategy (after the funding ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declaration to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed paper copy too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantDesk</name>
    <message>
        <source>GrantDesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk is already open with these applications (on the computer called {host}). Please carry on in that window; once it is closed, GrantDesk can be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in GrantDesk. Before you close it, check that the bottom of the window says your changes are saved. If this keeps happening, please tell whoever looks after this computer; the details are in the file grantdesk.log in GrantDesk’s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged files are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not put its data right ({reason}). Nothing more has been changed; please ask whoever looks after this computer for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSession</name>
    <message>
        <source>{name} – GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;automatically after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock this group with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename this group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to another group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking keeps {name}&apos;s work encrypted on this computer: without the passphrase nobody can read it, with GrantDesk or any other program. Choose a passphrase of at least 10 characters that the group will remember. Next you will be given a recovery key to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group’s work stays as it is, and so does the recovery key: only the passphrase that opens it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group’s name, as the list of groups shows it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery key is the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking {name} for good takes the encryption off its work and its backups. Anyone using this computer could then read it. The window closes for a moment while GrantDesk does this.

Unlock for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the group when nobody has used GrantDesk for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not use its data folder ({reason}). Please ask whoever looks after this computer to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeFrame</name>
    <message>
        <source>Your applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders and their forms (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your applications…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell GrantDesk about your group once, and every application will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your group’s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy to adapt for another funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: closing dates and reports due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four steps take you from here to a printed application. Everything is saved as you type, on this computer, so you can stop and come back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell GrantDesk about your group. You type this once; every application uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an application and choose the funder. If it is not listed, type in its form: copy each question from the funder’s form and paste it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answers, the budget and your plan, a step at a time. The word count and the funder’s limit are always beside what you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it, then print it or save it as a PDF to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an application →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your group’s profile →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications for {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {reminder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is ready, and the original is unchanged. These answers break the new form’s limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is ready, and the original is unchanged. Every answer fits the new form’s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{title}” to the bin? You can put it back at any time from the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was moved to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputKind</name>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premises and equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} was removed. Press Ctrl+Z or Undo to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>{name} is locked – GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet printed when the group was locked (capitals or small letters, with or without the dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the group’s passphrase to open its work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to take &amp;away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a c&amp;opy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;100% (this computer’s own size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1&amp;25%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1&amp;50%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;200%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: “{text}” in {field}. Please correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed somewhere else, so GrantDesk has not saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you have typed is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Please try again once the bottom of the window says your changes are saved. GrantDesk keeps trying by itself, and nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were working, {what} was changed somewhere else: in another GrantDesk using the same folder, or by a GrantDesk command. GrantDesk has not saved over it.

Keep your version (the other changes to it are replaced), or use the other version (yours is copied, so you can paste it back)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to the funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: write the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or open an application first, then press Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF would not include your latest changes, because they are not saved yet. The bottom of the window says why; GrantDesk keeps trying, and you can print as soon as it says your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or open an application first, then save a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is as it was on {when}. What was here just before is kept as a backup: press Undo to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is back as it was before you restored the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} – GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save your latest changes. If you close now, they will be lost. Copy any text you need first, or keep GrantDesk open while it tries again.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your last changes… GrantDesk will close when they are safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchEditor</name>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose secured, applied for or in kind from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If in kind, what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If applied for, decision expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List money and help from elsewhere: secured, applied for (with when you will hear), or in kind, such as volunteer time or a donated venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the amount you ask for, it should cover the whole project’s costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should cover the rest of the whole project’s cost, beyond what you ask this funder for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should cover the budget lines marked as paid by other funding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchStatus</name>
    <message>
        <source>Secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Attendance register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police or council figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and diaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneySummary</name>
    <message>
        <source>The money at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do about the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>Start a new application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a title and say who it is for. You can fill in the rest later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Friday Night Safe Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funder not listed here (you type in its form next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet (the eleven common questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Dyffryn Community Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it has more than one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £4,800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 31 March 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder’s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund or &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount you will ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: type in its form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a title for the application, so you can find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the funder, or “Not decided yet” if you do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the funder’s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Registered charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charitable incorporated organisation (CIO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company limited by guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community interest company (CIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other constituted group (with a written constitution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconstituted group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartPage</name>
    <message>
        <source>The funder’s form has no written question about the costs, but every application needs a budget: list what the project will cost here. It is printed with your application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s form has no written question about other funding: list any here. It is printed with your application, under your budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What funders look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReadyDialog</name>
    <message>
        <source>Your PDF is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved as “{name}”
in the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the PDF is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer and print the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program that opens PDFs. You can still print it, or copy the file to a USB stick and open it on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not open the folder. The PDF is in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCards</name>
    <message>
        <source>Need {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example nothing for teenagers to do on Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example young people aged 11–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people or things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you count?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example reports of anti-social behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if you can say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local figures, a survey, what people have told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change for people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example young people feel safer in the town centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which need does it answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same count as for the need: for example reports on Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 63 reports a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you hope for by the end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 47 reports or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should this number go up or down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose, or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you find out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When will you check?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example at the start and every three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>There is no exit strategy yet. Choose at least one way the work will carry on, or end well, when this grant runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{route}” needs detail. {prompt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how much earned income you expect, and from what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to tell the people who use the service at least three months before the funding stops, so no one is left without warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet about what will change for people. Add one change you hope to see, for example “young people feel safer in the town centre”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{change}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories are planned yet. Funders value two or three real stories beside the numbers: choose “Case studies” as how you will find out, for one change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} says what you will do, not what will change for people. Say what will be different for them: feeling safer, finding work, fewer incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}, choose the need it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not counted the same way as the need it answers (“{need}”). Count the same people or things, so the change shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}, say how it is now, so the change can be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}, say what you hope for by the end of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}, say whether the number should go up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}, what you hope for ({target}) is lower than how it is now ({baseline}), but you said it should go up. Check the figures, or say it should go down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}, what you hope for ({target}) is higher than how it is now ({baseline}), but you said it should go down. Check the figures, or say it should go up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}, say how you will find out: a register, a short survey, figures from a partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it as &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions about the problem you are tackling and the change you hope to see. Funders look for the thread from one to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk can then draft {questions} from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step for the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The problem you are tackling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a nee&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What you will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will deliver, with numbers: “40 weekly sessions”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something you &amp;will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. What will change for people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference in people’s lives, not what you do: “young people feel safer”, “fewer reports on Friday nights”. Count each change the same way as the need it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a c&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a kind from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from budget category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what goes &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money, staff time, volunteers and expertise the work needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. What it takes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoped for by the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will find out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid from the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people or things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems you are tackling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change for people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as the printed application sets it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it as &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need {n} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {n} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the need: what problem are you tackling, for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <source>The plan as a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} things to put right before you send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to put right before you send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to go straight to it. You can still print or save a draft now: every page will be marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is ready to print or save as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder also asks for these. Tick them on “About this application” when they are done; they do not stop you printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the funder also asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every page &amp;DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printed</name>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT – not the final application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project leaves behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder’s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this copy is a draft. Still to put right before it is sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this copy is marked as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account in the group’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group’s profile has not been filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} of %n word(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} of %n character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}, {over} over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}, {under} short of the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can reclaim VAT, so VAT is not included in these costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot reclaim VAT, so VAT is included where it is charged ({vat} in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads at {basis} of direct costs, year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads at {basis} of direct costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision expected {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan: need, outputs and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we will deliver (outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome {number}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need: {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We confirm that the information in this application is true and complete to the best of our knowledge, that we are authorised to apply on behalf of {group}, and that any grant will be used only for the purposes described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on behalf of {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First signatory, for {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second signatory, for {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>GrantDesk could not save the blank form there ({reason}). Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the PDF has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop making the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk is still making the PDF; stop it first to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the application as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has gone to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing stopped. Pages already sent may still come out of the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not print the application, so it has opened it in this computer’s PDF viewer: print it from there. If the printer is switched off or out of paper, put that right first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not print the application, and this computer has no program that opens PDFs. You can save it as a PDF, and print that from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the application as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped making the PDF. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save the PDF in {folder} ({reason}). Please choose another place, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not make the PDF. Your work is safe; the details are in the file grantdesk.log in GrantDesk’s data folder. Please tell whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page {page} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritiesChecklist</name>
    <message>
        <source>The funder’s priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the priorities of {funder}. Show how your project meets each one you can honestly claim, and tick it when your answer does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>← All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all your applications (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group’s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this once: every application you write will use it. Everything is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;role in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the group actually does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you do week to week, who comes and where – not your mission statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year the group was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank account in the group’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most funders can only pay a grant into a bank account in the group’s own name. If you do not have one yet, ask your local CVS about opening one, or about a partner who could hold the money for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEntry</name>
    <message>
        <source>None of these: a question of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the question from the funder’s form or guidance and paste it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;question, in the funder’s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;kind of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at l&amp;east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave “at least” empty unless the form sets a minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit: at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from the question’s words: change it if it is wrong. What you wrote before for that kind of question moves onto this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these is it &amp;most like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these is it most like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice a line, as the form lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its c&amp;hoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The a&amp;nswer is filled in from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its n&amp;umber on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s guidance for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s guidance for it (o&amp;ptional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it has one, such as Q{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words or characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Help with this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} · {n} of {total} on this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What funders look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder’s guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General tips for questions like this one. Where they differ from what this funder asks, follow the funder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk’s general &amp;tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;example of a strong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anything to add in your own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find earlier answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything you have written before and put it into this answer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer as it was earlier, to read or put back (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the limit on the funder’s form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit comes from the funder’s form, so it is changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit for this answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the limit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your group’s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the group &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not said what kind of organisation your group is yet. Open the group profile to choose, and it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account in the group’s name: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account in the group’s name: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account in the group’s name: not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is {length} characters long: far more than any funder takes. All of it is kept and saved, but it needs cutting down to what this funder asks for. While it is this long, the count above is brought up to date when you stop typing for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This puts the draft in place of everything you have written for this question. You can press Ctrl+Z straight away to get your words back, and they are kept among the earlier versions of this answer. Replace your answer?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Changes cannot be saved here: the folder GrantDesk keeps your work in ({folder}) cannot be written to. You can still read and print everything. To carry on working, save a copy to take away and open it in GrantDesk on another computer, or ask whoever looks after this one to check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to take &amp;away…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The application has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group’s profile has no name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no budget yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exit strategy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is %n word(s) over the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is %n character(s) over the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is %n word(s) short of the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is %n character(s) short of the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The recovery key for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the group’s recovery key. It opens the group’s work if the passphrase is forgotten. Print it, or copy it carefully onto paper, and keep it with the group’s papers, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the passphrase or this recovery key, the group’s work cannot be recovered by anyone: not by GrantDesk, nor by whoever looks after this computer. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk recovery key for {name}

{key}

Keep this with the group’s papers. It opens the group’s work if the passphrase is forgotten. Without the passphrase or this key, the work cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>“{title}” closed {when} ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” closes {when} ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to {funder} was due {when}{what}, for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to {funder} is due {when}{what}, for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report was due {when}{what}, for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report is due {when}{what}, for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsEditor</name>
    <message>
        <source>Reports due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk makes a backup when it starts and every ten minutes while you work, and keeps the last ten and one a day for a month. Choose the one to go back to. What is here now is backed up first, so you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. GrantDesk makes one when it starts and every ten minutes while you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep a copy somewhere else, copy a backup file from the folder “backups” in GrantDesk’s data folder, or use “Save a copy to take away”. Copying grantdesk.sqlite3 itself while GrantDesk is open can miss your latest changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recently saved: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup from {when}? Everything in GrantDesk will be as it was then. What is here now is backed up first, so you can undo this straight after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>as it was while you were writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a draft or earlier answer was put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an earlier version was put back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Earlier versions of this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk keeps your answer as it was every few minutes while you write, and before a draft or an earlier version is put in. Choose one to read it. Putting it back keeps what you have now as a version too, and Ctrl+Z in your answer undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no earlier versions of this answer yet. GrantDesk keeps one every few minutes while you write, and before a draft is put in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {words} words, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen &amp;version, whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put this version back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>the funder “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application’s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to “{question}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit for “{question}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funder’s priorities you ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funder’s requirements you ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step you were at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find earlier answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words from anything you have written before, in any application. Choose a result to read it, then put it into this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words to find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier answers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole earlier answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the en&amp;d of my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not search just now. Your work is safe; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words, or the start of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in 1 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in {n} answers, best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>GrantDesk could not save, because the folder it keeps your work in cannot be written to. Your text is still on screen; please ask whoever looks after this computer to check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save just now, because another copy of GrantDesk is using the same file. It will try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because its data file is damaged. Your text is still on screen: copy anything you need, then close GrantDesk and start it again. It will check the file, keep the damaged one aside and offer the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because part of its data file is missing ({what}). Your text is still on screen: copy anything you need, then close GrantDesk and start it again. It will check the file, keep the damaged one aside and offer the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because this computer’s disk is full. Your text is still on screen; please free some space (empty the recycle bin, say) and GrantDesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save just now. Your text is still on screen and GrantDesk will try again; the details are in the log file in GrantDesk’s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because the folder {folder} cannot be written to (it is read-only). Your text is still on screen, and GrantDesk will save it by itself once the folder can be written to again; please ask whoever looks after this computer to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because its data file {file} is read-only. Your text is still on screen, and GrantDesk will save it by itself once the file can be written to again; please ask whoever looks after this computer to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because the disk that holds {folder} is full. Your text is still on screen; please free some space (empty the recycle bin, say) and GrantDesk will save it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because it cannot find the folder {folder} any more. If it is on a USB stick or another drive, please put it back. Your text is still on screen, and GrantDesk will save it by itself when the folder is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not save, because its data file {file} is no longer there. Please do not close GrantDesk: your text is still on screen. Ask whoever looks after this computer whether the file was moved, and put it back; GrantDesk will then save by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed somewhere else (in another GrantDesk, or by a GrantDesk command) since GrantDesk read it, so it was not saved over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk cannot keep your work in {folder}, because that folder cannot be written to. Please choose another folder, or ask whoever looks after this computer to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not read its data file, because the file cannot be opened (it may have been moved, or this account may not be allowed to read it). Nothing has been changed; please ask whoever looks after this computer to check the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not read its data just now, because another copy of GrantDesk is using the same file. Nothing has been changed; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not read its data file, because the file is damaged. Nothing has been changed. Close GrantDesk and start it again: it will check the file, keep the damaged one aside and offer the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not read its data, because part of its data file is missing ({what}). Nothing has been changed. Close GrantDesk and start it again: it will check the file, keep the damaged one aside and offer the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk could not read its data just now. Nothing has been changed; the details are in the log file in GrantDesk’s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was saved by GrantDesk {theirs}, which is newer than this GrantDesk ({ours}). This GrantDesk has not opened it, so nothing in it has been changed. Please use GrantDesk {theirs} or later on this computer; whoever looks after it can install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was saved by a newer version of GrantDesk than this one ({ours}). This GrantDesk has not opened it, so nothing in it has been changed. Please use the newer GrantDesk on this computer; whoever looks after it can install it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>This copy holds everything about the application, including your latest changes; copying the file grantdesk.sqlite3 itself while GrantDesk is open can miss them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to take away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk copies (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “{title}” is saved as {path}.

On the other computer, open GrantDesk and choose File, then Open a copy. Bring it back the same way: it is added beside this one, so nothing is replaced.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk copies (*{suffix} *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is locked. Protect the copy with a passphrase too, so nobody who finds the USB stick can read it? Whoever opens the copy will need that passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this copy, and give it only to whoever needs the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a protected copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy is protected with a passphrase. Please type it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have “{title}” here (last saved {when}). Add the copy beside it? Nothing is replaced: you will have both, and can delete the one you do not want (it goes to the bin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its funder’s form, “{funder}”, is added to your funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group profile in the copy is now your group’s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group profile in the copy differs from yours; yours is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueAnswer</name>
    <message>
        <source>for example £1,250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 12.5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year, for example 15/01/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the group profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to About this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk fills this in from {what}, and keeps it in step when that changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk fills this in from {what}, which it does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeFormDialog</name>
    <message>
        <source>The whole form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question on the form, with its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;blank form to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank form as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Save another copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} word(s) (at least {minimum})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} character(s) (at least {minimum})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of {maximum} word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of {maximum} character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} word(s) (at least {minimum}, at most {maximum})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} character(s) (at least {minimum}, at most {maximum})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} word(s) over the limit. Please shorten your answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} character(s) over the limit. Please shorten your answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} word(s) short of the minimum. Please add a little more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} character(s) short of the minimum. Please add a little more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This example is {length} word(s); yours must be {maximum} or fewer, so take the ideas rather than the length.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This example is {length} character(s); yours must be {maximum} or fewer, so take the ideas rather than the length.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
