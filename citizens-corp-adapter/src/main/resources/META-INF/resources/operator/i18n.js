/* Interface texts in Kazakh and Russian; elements carry data-i18n="key". */
(function () {
  'use strict';
  var texts = {
    ru: {
      'app.title': 'ИС ЦОН — рабочее место оператора', 'skip': 'К содержимому', 'signOut': 'Выйти',
      'nav.desk': 'Приём пакета', 'nav.requests': 'Заявки и статусы', 'nav.unclaimed': 'Невостребованные',
      'login.title': 'Вход оператора', 'login.user': 'Логин или ИИН', 'login.password': 'Пароль', 'login.submit': 'Войти',
      'login.eds': 'Войти по ЭЦП (агент подписи)',
      'desk.title': 'Приём пакета документов', 'desk.service': 'Услуга', 'desk.iin': 'ИИН гражданина',
      'desk.phone': 'Телефон', 'desk.email': 'Эл. почта', 'desk.language': 'Язык уведомлений',
      'desk.form': 'Поля заявления (JSON, необязательно)', 'desk.checklist': 'Перечень документов',
      'desk.check': 'Проверить пакет', 'desk.clear': 'Очистить', 'desk.sample': 'Образец перечня ({source})',
      'desk.refusesHere': 'По этой услуге ЦОН может отказать в приёме неполного пакета.',
      'desk.badJson': 'Поля заявления: неверный JSON.', 'desk.chooseService': '— выберите услугу —',
      'col.document': 'Документ', 'col.required': 'Обяз.', 'col.present': 'Представлен', 'col.expires': 'Действителен до',
      'col.scan': 'Скан (PDF, JPEG, PNG)', 'col.sha': 'SHA-256 скана', 'col.receipt': 'Расписка', 'col.package': 'Пакет',
      'col.applicant': 'Заявитель', 'col.service': 'Услуга', 'col.state': 'Статус', 'col.due': 'Срок',
      'col.location': 'Пакет у', 'col.open': 'Открыть', 'col.result': 'Результат', 'col.resultAt': 'Готов',
      'col.age': 'Дней', 'open': 'Открыть', 'yes': 'да', 'no': 'нет',
      'draft.title': 'Пакет полный: подписать заявление', 'draft.sign': 'Подписать через агент и отправить',
      'draft.hint': 'Подписывается ключом в агенте подписи на вашем компьютере. Сверьте SHA-256 в окне агента.',
      'draft.signing': 'Ожидание подтверждения в агенте подписи…',
      'f.packageId': 'Номер пакета', 'f.receiptNumber': 'Номер расписки', 'f.requestId': 'Номер заявки',
      'f.service': 'Услуга', 'f.variant': 'Вариант', 'f.sha': 'SHA-256 документа', 'f.expectedDue': 'Ожидаемый срок',
      'f.issuedAt': 'Дата выдачи расписки', 'f.applicant': 'Заявитель', 'f.iin': 'ИИН', 'f.due': 'Срок оказания услуги',
      'f.state': 'Состояние', 'f.technical': 'Технический статус', 'f.business': 'Статус у услугодателя',
      'f.reason': 'Код причины', 'f.provider': 'Услугодатель', 'f.submittedAt': 'Отправлено', 'f.ready': 'Готов к выдаче',
      'f.issued': 'Выдан', 'f.holder': 'Пакет находится у',
      'receipt.acceptance': 'Расписка о приёме документов № {n}',
      'receipt.refusal': 'Расписка об отказе в приёме документов № {n}',
      'receipt.accepted': 'Принятые документы', 'receipt.missing': 'Отсутствуют / просрочены',
      'receipt.print': 'Печать расписки', 'receipt.back': '← Новый пакет', 'receipt.operator': 'Оператор',
      'receipt.citizen': 'Заявитель', 'receipt.grounds': 'Основания отказа: {g}', 'receipt.ask': 'Номер расписки:',
      'receipt.refused': 'Пакет неполный: в приёме отказано, выдана расписка об отказе {n}.',
      'receipt.givenAccept': 'Пакет принят и отправлен: расписка {n}, пакет {p}.',
      'requests.title': 'Заявки филиала и статусы', 'requests.receipt': 'Номер расписки', 'requests.iin': 'или ИИН',
      'requests.find': 'Найти', 'requests.recent': 'Принятые на этом месте', 'requests.receiptLookup': 'Показать расписку',
      'requests.none': 'Ничего не найдено.', 'requests.count': 'Заявок: {n}', 'requests.recentCaption': 'Принятые на этом рабочем месте (статусы с сервера): {n}',
      'request.documents': 'Документы', 'request.result': 'Результат', 'request.timeline': 'Ход исполнения',
      'request.location': 'Движение пакета', 'request.title': 'Заявка {n}', 'request.noResult': 'Результата ещё нет.',
      'request.resultKind': 'Вид: {k}; документ подписан ЭЦП должностного лица.',
      'handover.title': 'Выдача результата', 'handover.iin': 'ИИН по удостоверению личности', 'handover.method': 'Способ',
      'handover.inPerson': 'лично', 'handover.email': 'на эл. почту', 'handover.emailAddress': 'Адрес эл. почты',
      'handover.submit': 'Выдать', 'handover.done': 'Результат выдан ({m}), статус {s}.',
      'unclaimed.title': 'Невостребованные результаты', 'unclaimed.minAge': 'Не менее дней', 'unclaimed.refresh': 'Обновить',
      'unclaimed.empty': 'Невостребованных результатов нет.',
      'agent.ready': 'Агент подписи: {cn}', 'agent.off': 'Агент подписи недоступен',
      'agent.AGENT_UNREACHABLE': 'Агент подписи недоступен: запустите ./egov agent --key <ключ.p12> (и разрешите этот адрес: --allow-origin {origin}).',
      'agent.DECLINED_BY_USER': 'Подписание отклонено в агенте.',
      'error.session': 'Сеанс завершён, войдите снова.', 'error.network': 'Сервис недоступен.',
      'footer.keys': 'Клавиши: Alt+1 — приём, Alt+2 — заявки, Alt+3 — невостребованные, Alt+L — язык, Alt+P — печать расписки.'
    },
    kk: {
      'app.title': 'ХҚКО АЖ — оператордың жұмыс орны', 'skip': 'Мазмұнға өту', 'signOut': 'Шығу',
      'nav.desk': 'Пакетті қабылдау', 'nav.requests': 'Өтінімдер мен мәртебелер', 'nav.unclaimed': 'Талап етілмегендер',
      'login.title': 'Оператордың кіруі', 'login.user': 'Логин немесе ЖСН', 'login.password': 'Құпиясөз', 'login.submit': 'Кіру',
      'login.eds': 'ЭЦҚ арқылы кіру (қол қою агенті)',
      'desk.title': 'Құжаттар пакетін қабылдау', 'desk.service': 'Қызмет', 'desk.iin': 'Азаматтың ЖСН',
      'desk.phone': 'Телефон', 'desk.email': 'Эл. пошта', 'desk.language': 'Хабарлама тілі',
      'desk.form': 'Өтініш өрістері (JSON, міндетті емес)', 'desk.checklist': 'Құжаттар тізбесі',
      'desk.check': 'Пакетті тексеру', 'desk.clear': 'Тазарту', 'desk.sample': 'Тізбе үлгісі ({source})',
      'desk.refusesHere': 'Бұл қызмет бойынша ХҚКО толық емес пакетті қабылдаудан бас тарта алады.',
      'desk.badJson': 'Өтініш өрістері: JSON қате.', 'desk.chooseService': '— қызметті таңдаңыз —',
      'col.document': 'Құжат', 'col.required': 'Міндетті', 'col.present': 'Ұсынылды', 'col.expires': 'Жарамдылық мерзімі',
      'col.scan': 'Скан (PDF, JPEG, PNG)', 'col.sha': 'Сканның SHA-256', 'col.receipt': 'Қолхат', 'col.package': 'Пакет',
      'col.applicant': 'Өтініш беруші', 'col.service': 'Қызмет', 'col.state': 'Мәртебе', 'col.due': 'Мерзім',
      'col.location': 'Пакет кімде', 'col.open': 'Ашу', 'col.result': 'Нәтиже', 'col.resultAt': 'Дайын',
      'col.age': 'Күн', 'open': 'Ашу', 'yes': 'иә', 'no': 'жоқ',
      'draft.title': 'Пакет толық: өтінішке қол қою', 'draft.sign': 'Агент арқылы қол қойып жіберу',
      'draft.hint': 'Сіздің компьютеріңіздегі қол қою агентіндегі кілтпен қол қойылады. Агент терезесіндегі SHA-256-ны салыстырыңыз.',
      'draft.signing': 'Қол қою агентінде растауды күту…',
      'f.packageId': 'Пакет нөмірі', 'f.receiptNumber': 'Қолхат нөмірі', 'f.requestId': 'Өтінім нөмірі',
      'f.service': 'Қызмет', 'f.variant': 'Нұсқа', 'f.sha': 'Құжаттың SHA-256', 'f.expectedDue': 'Күтілетін мерзім',
      'f.issuedAt': 'Қолхат берілген күн', 'f.applicant': 'Өтініш беруші', 'f.iin': 'ЖСН', 'f.due': 'Қызмет көрсету мерзімі',
      'f.state': 'Жағдайы', 'f.technical': 'Техникалық мәртебе', 'f.business': 'Қызмет берушідегі мәртебе',
      'f.reason': 'Себеп коды', 'f.provider': 'Қызмет беруші', 'f.submittedAt': 'Жіберілді', 'f.ready': 'Беруге дайын',
      'f.issued': 'Берілді', 'f.holder': 'Пакет кімде',
      'receipt.acceptance': 'Құжаттарды қабылдау туралы № {n} қолхат',
      'receipt.refusal': 'Құжаттарды қабылдаудан бас тарту туралы № {n} қолхат',
      'receipt.accepted': 'Қабылданған құжаттар', 'receipt.missing': 'Жоқ / мерзімі өткен',
      'receipt.print': 'Қолхатты басып шығару', 'receipt.back': '← Жаңа пакет', 'receipt.operator': 'Оператор',
      'receipt.citizen': 'Өтініш беруші', 'receipt.grounds': 'Бас тарту негіздері: {g}', 'receipt.ask': 'Қолхат нөмірі:',
      'receipt.refused': 'Пакет толық емес: қабылдаудан бас тартылды, {n} бас тарту қолхаты берілді.',
      'receipt.givenAccept': 'Пакет қабылданып, жіберілді: {n} қолхат, {p} пакет.',
      'requests.title': 'Филиал өтінімдері мен мәртебелері', 'requests.receipt': 'Қолхат нөмірі', 'requests.iin': 'немесе ЖСН',
      'requests.find': 'Іздеу', 'requests.recent': 'Осы орында қабылданғандар', 'requests.receiptLookup': 'Қолхатты көрсету',
      'requests.none': 'Ештеңе табылмады.', 'requests.count': 'Өтінімдер: {n}', 'requests.recentCaption': 'Осы жұмыс орнында қабылданғандар (мәртебелер серверден): {n}',
      'request.documents': 'Құжаттар', 'request.result': 'Нәтиже', 'request.timeline': 'Орындалу барысы',
      'request.location': 'Пакеттің қозғалысы', 'request.title': '{n} өтінімі', 'request.noResult': 'Нәтиже әлі жоқ.',
      'request.resultKind': 'Түрі: {k}; құжатқа лауазымды тұлғаның ЭЦҚ қойылған.',
      'handover.title': 'Нәтижені беру', 'handover.iin': 'Жеке куәлік бойынша ЖСН', 'handover.method': 'Тәсілі',
      'handover.inPerson': 'жеке өзіне', 'handover.email': 'эл. поштаға', 'handover.emailAddress': 'Эл. пошта мекенжайы',
      'handover.submit': 'Беру', 'handover.done': 'Нәтиже берілді ({m}), мәртебе {s}.',
      'unclaimed.title': 'Талап етілмеген нәтижелер', 'unclaimed.minAge': 'Кемінде күн', 'unclaimed.refresh': 'Жаңарту',
      'unclaimed.empty': 'Талап етілмеген нәтижелер жоқ.',
      'agent.ready': 'Қол қою агенті: {cn}', 'agent.off': 'Қол қою агенті қолжетімсіз',
      'agent.AGENT_UNREACHABLE': 'Қол қою агенті қолжетімсіз: ./egov agent --key <кілт.p12> іске қосыңыз (осы мекенжайға рұқсат беріңіз: --allow-origin {origin}).',
      'agent.DECLINED_BY_USER': 'Агентте қол қоюдан бас тартылды.',
      'error.session': 'Сеанс аяқталды, қайта кіріңіз.', 'error.network': 'Сервис қолжетімсіз.',
      'footer.keys': 'Пернелер: Alt+1 — қабылдау, Alt+2 — өтінімдер, Alt+3 — талап етілмегендер, Alt+L — тіл, Alt+P — қолхатты басып шығару.'
    }
  };
  var lang = localStorage.getItem('egov.lang') === 'kk' ? 'kk' : 'ru';

  function t(key, vars) {
    var s = (texts[lang] && texts[lang][key]) || texts.ru[key] || key;
    return vars ? s.replace(/\{(\w+)\}/g, function (m, k) { return vars[k] == null ? '' : String(vars[k]); }) : s;
  }
  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.dataset.i18n); });
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-lang]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
  }
  window.I18n = {
    t: t, apply: apply,
    lang: function () { return lang; },
    set: function (l) { lang = l === 'kk' ? 'kk' : 'ru'; localStorage.setItem('egov.lang', lang); apply(); },
    has: function (key) { return !!texts.ru[key]; }
  };
})();
