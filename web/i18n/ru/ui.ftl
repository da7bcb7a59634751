# Слова веб-интерфейса. Ключи — в kebab-case, по экранам.

## Запуск и несуществующие страницы

boot-failed = Не удалось загрузить Bivouac
try-again = Попробовать снова
not-found-title = Не найдено
not-found-heading = Здесь ничего нет
not-found-text = Этот адрес никуда не ведёт в Bivouac.
go-home = На главную
session-ended = Ваш сеанс завершился. Войдите снова.
