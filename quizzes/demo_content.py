"""Demo quizzes for the student lessons (one per lesson slug)."""

QUIZZES = {
    "internet-la-gi": {
        "title": "Câu đố: Internet là gì?",
        "intro": (
            "Cùng trả lời vài câu hỏi nhỏ về Internet nhé! "
            "Em chỉ ghi biệt danh, không ghi tên thật của em."
        ),
        "pass_mark": 60,
        "success_text": "Giỏi lắm! Em đã biết cách lên mạng an toàn cùng người lớn.",
        "fail_text": (
            "Không sao đâu! Em hãy đọc lại bài học cùng bố mẹ hoặc thầy cô, rồi thử lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "Internet là gì?",
                "choices": [
                    ("Một mạng nối rất nhiều máy tính, điện thoại trên khắp thế giới", True),
                    ("Một món đồ chơi chỉ có trong nhà em", False),
                    ("Một chiếc ti vi thật to", False),
                ],
                "explanation": (
                    "Internet nối các máy với nhau ở khắp nơi. "
                    "Nhờ đó em có thể học, xem và trò chuyện."
                ),
            },
            {
                "kind": "true_false",
                "text": "Khi lên mạng, em nên có bố mẹ hoặc người lớn ở bên cạnh.",
                "answer": True,
                "explanation": (
                    "Người lớn giúp em chọn trang phù hợp. "
                    "Khi gặp điều lạ, người lớn sẽ giúp em ngay."
                ),
            },
            {
                "kind": "choice",
                "text": "Em đang xem video thì hiện ra một hình ảnh làm em sợ. Em làm gì?",
                "choices": [
                    ("Xem tiếp cho hết", False),
                    ("Giấu đi, không cho ai biết", False),
                    ("Tắt màn hình và kể ngay với người lớn", True),
                ],
                "explanation": "Em không có lỗi gì cả. Kể với người lớn để được giúp đỡ.",
            },
            {
                "kind": "choice",
                "text": (
                    "Em có thể làm những việc nào trên mạng cùng người lớn? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Bấm vào mọi quảng cáo nhấp nháy", False),
                    ("Tự ý tải trò chơi lạ về máy", False),
                    ("Xem bài học có hình vẽ vui", True),
                    ("Gọi video cho ông bà", True),
                ],
                "explanation": (
                    "Học bài và gọi cho ông bà là việc tốt. "
                    "Quảng cáo và trò chơi lạ có thể không an toàn."
                ),
            },
            {
                "kind": "true_false",
                "text": "Mọi thứ em thấy trên mạng đều là thật.",
                "answer": False,
                "explanation": (
                    "Trên mạng có điều đúng và có cả điều sai. "
                    "Khi không chắc, em hãy hỏi người lớn."
                ),
            },
            {
                "kind": "choice",
                "text": "Một trang mạng hiện chữ: “Bấm vào đây để nhận quà!”. Em làm gì?",
                "choices": [
                    ("Không bấm, hỏi bố mẹ hoặc thầy cô trước", True),
                    ("Gửi cho các bạn cùng bấm", False),
                    ("Bấm ngay để nhận quà", False),
                ],
                "explanation": (
                    "Quà miễn phí trên mạng thường là mẹo để lừa. "
                    "Em hãy hỏi người lớn trước khi bấm."
                ),
            },
            {
                "kind": "open",
                "text": "Em thích làm gì trên Internet cùng người lớn? Hãy kể một việc nhé.",
                "explanation": (
                    "Câu trả lời tốt kể một việc vui hoặc có ích, như học bài, xem phim hoạt hình, "
                    "gọi cho ông bà, và có người lớn ở bên cạnh."
                ),
            },
        ],
    },
    "mat-khau-la-bi-mat": {
        "title": "Câu đố: Mật khẩu là bí mật",
        "intro": (
            "Em đã biết giữ mật khẩu chưa? Cùng thử nhé! "
            "Nhớ chỉ ghi biệt danh, không ghi tên thật của em."
        ),
        "pass_mark": 60,
        "success_text": "Tuyệt vời! Em biết giữ mật khẩu như giữ chìa khóa nhà.",
        "fail_text": "Em đã cố gắng rồi! Hãy đọc lại bài “Mật khẩu là bí mật” rồi làm lại nhé.",
        "questions": [
            {
                "kind": "choice",
                "text": "Mật khẩu giống với cái gì?",
                "choices": [
                    ("Một bài hát để hát cho cả lớp nghe", False),
                    ("Tên của em", False),
                    ("Chiếc chìa khóa mở cửa nhà em", True),
                ],
                "explanation": (
                    "Mật khẩu mở tài khoản của em, giống chìa khóa mở cửa. "
                    "Chìa khóa thì phải cất kĩ."
                ),
            },
            {
                "kind": "true_false",
                "text": "Bạn thân hỏi mật khẩu, em có thể cho bạn biết.",
                "answer": False,
                "explanation": (
                    "Đừng chia sẻ mật khẩu, kể cả với bạn thân. "
                    "Chỉ bố mẹ hoặc người lớn chăm sóc em mới được biết."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Một người nhắn tin: “Cho chú mật khẩu, chú tặng em đồ trong trò chơi.” Em làm "
                    "gì?"
                ),
                "choices": [
                    ("Hỏi chú có quà gì khác không", False),
                    ("Gửi mật khẩu cho chú", False),
                    ("Không trả lời và kể ngay với bố mẹ", True),
                ],
                "explanation": (
                    "Người lạ xin mật khẩu là muốn lấy tài khoản của em. "
                    "Em không trả lời và kể với người lớn."
                ),
            },
            {
                "kind": "choice",
                "text": "Ai được biết mật khẩu của em? (Chọn tất cả đáp án đúng)",
                "choices": [
                    ("Người lạ trên mạng", False),
                    ("Bố mẹ của em", True),
                    ("Ông bà hoặc người lớn đang chăm sóc em", True),
                    ("Các bạn cùng lớp", False),
                ],
                "explanation": (
                    "Chỉ người lớn chăm sóc em mới được biết mật khẩu. Họ giúp em giữ an toàn."
                ),
            },
            {
                "kind": "choice",
                "text": "Mật khẩu nào khó đoán nhất?",
                "choices": [
                    ("123456", False),
                    ("Tên của em", False),
                    ("MeoConThich3Ca!", True),
                ],
                "explanation": (
                    "Mật khẩu dài, có chữ, số và kí hiệu thì khó đoán. "
                    "“123456” hay tên em thì ai cũng đoán được."
                ),
            },
            {
                "kind": "true_false",
                "text": "Em nên dán mật khẩu lên màn hình máy tính ở lớp cho dễ nhớ.",
                "answer": False,
                "explanation": (
                    "Ai đi qua cũng đọc được. Em hãy nhờ bố mẹ cất mật khẩu ở chỗ an toàn."
                ),
            },
            {
                "kind": "open",
                "text": "Nếu một bạn hỏi mật khẩu của em, em sẽ nói gì với bạn?",
                "explanation": (
                    "Câu trả lời tốt là từ chối nhẹ nhàng, ví dụ: “Mật khẩu là bí mật, tớ không "
                    "cho ai biết đâu.” Nếu bạn cứ hỏi mãi, em kể với bố mẹ hoặc thầy cô."
                ),
            },
        ],
    },
    "thong-tin-rieng-tu-cua-em": {
        "title": "Câu đố: Thông tin riêng tư",
        "intro": (
            "Thông tin nào là riêng tư? Cùng thử nhé! "
            "Em chỉ ghi biệt danh, không ghi tên thật của mình."
        ),
        "pass_mark": 60,
        "success_text": "Rất tốt! Em biết giữ kín thông tin riêng tư của mình.",
        "fail_text": "Không sao cả! Em hãy đọc lại bài học cùng người lớn rồi thử lại nhé.",
        "questions": [
            {
                "kind": "choice",
                "text": (
                    "Thông tin nào là riêng tư, em không kể trên mạng? (Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Tên trường và lớp của em", True),
                    ("Con vật em thích nhất", False),
                    ("Họ tên đầy đủ của em", True),
                    ("Địa chỉ nhà em", True),
                ],
                "explanation": (
                    "Tên, địa chỉ, trường lớp giúp người lạ tìm ra em. "
                    "Con vật em thích thì không cho biết em ở đâu."
                ),
            },
            {
                "kind": "choice",
                "text": "Trong trò chơi, một người hỏi: “Nhà em ở đâu?”. Em làm gì?",
                "choices": [
                    ("Không nói, thoát trò chơi và kể với người lớn", True),
                    ("Gửi ảnh ngôi nhà của em", False),
                    ("Nói tên phố và số nhà", False),
                ],
                "explanation": (
                    "Người lạ không cần biết nhà em. Em không trả lời và kể với bố mẹ hoặc thầy cô."
                ),
            },
            {
                "kind": "true_false",
                "text": "Em có thể gửi ảnh của mình cho người mới quen trên mạng.",
                "answer": False,
                "explanation": (
                    "Ảnh của em là thông tin riêng tư. "
                    "Em hãy hỏi bố mẹ trước khi gửi ảnh cho bất kì ai."
                ),
            },
            {
                "kind": "choice",
                "text": "Em cần đặt tên trong trò chơi. Tên nào an toàn nhất?",
                "choices": [
                    ("Lan nhà số 5 phố Hoa", False),
                    ("Nguyễn Thị Lan lớp 3A", False),
                    ("Sao Băng Nhỏ", True),
                ],
                "explanation": (
                    "Biệt danh vui không cho biết em là ai. "
                    "Tên thật, lớp và địa chỉ thì phải giữ kín."
                ),
            },
            {
                "kind": "true_false",
                "text": "Trước khi đăng ảnh có bạn em, em cần hỏi bạn và hỏi bố mẹ.",
                "answer": True,
                "explanation": (
                    "Ảnh của bạn cũng là thông tin riêng tư của bạn. Hỏi trước là tôn trọng bạn."
                ),
            },
            {
                "kind": "choice",
                "text": "Ảnh nào em KHÔNG nên đăng lên mạng?",
                "choices": [
                    ("Ảnh em đứng trước cổng trường, thấy rõ tên trường", True),
                    ("Ảnh bức tranh bông hoa em vẽ", False),
                    ("Ảnh chiếc bánh sinh nhật", False),
                ],
                "explanation": (
                    "Tên trường trong ảnh cho người lạ biết em học ở đâu. "
                    "Tranh vẽ và bánh thì không lộ thông tin."
                ),
            },
            {
                "kind": "open",
                "text": "Hãy kể một thông tin về em mà em sẽ giữ kín trên mạng. Vì sao?",
                "explanation": (
                    "Câu trả lời tốt nêu một thông tin như họ tên, địa chỉ, trường, số điện thoại "
                    "hay ảnh, và nói rằng người lạ có thể dùng nó để tìm ra em."
                ),
            },
        ],
    },
    "nguoi-la-tren-mang": {
        "title": "Câu đố: Người lạ trên mạng",
        "intro": (
            "Khi gặp người lạ trên mạng, em sẽ làm gì? Cùng thử nhé! "
            "Em chỉ ghi biệt danh, không ghi tên thật."
        ),
        "pass_mark": 60,
        "success_text": "Giỏi quá! Em biết khi nào cần kể với người lớn. Em cũng nhớ số 111 nhé.",
        "fail_text": (
            "Em đã cố gắng rồi! "
            "Hãy đọc lại bài học, nhớ rằng em luôn có thể kể với người lớn, rồi thử lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "Người lạ trên mạng là ai?",
                "choices": [
                    ("Người em chưa từng gặp ngoài đời", True),
                    ("Cô giáo chủ nhiệm của em", False),
                    ("Ông bà của em", False),
                ],
                "explanation": (
                    "Dù đã nói chuyện vui vẻ nhiều lần, người em chưa gặp ngoài đời vẫn là người "
                    "lạ."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Một người lạ nhắn tin cho em: “Đừng kể với bố mẹ nhé, đây là bí mật của hai "
                    "ta.” Em làm gì?"
                ),
                "choices": [
                    ("Nhắn tin tiếp để làm bạn", False),
                    ("Giữ bí mật như người đó dặn", False),
                    ("Kể ngay với bố mẹ hoặc thầy cô", True),
                ],
                "explanation": (
                    "Người tốt không bắt trẻ em giấu bố mẹ. "
                    "Đó là dấu hiệu nguy hiểm, em cần kể ngay."
                ),
            },
            {
                "kind": "true_false",
                "text": "Người lạ trên mạng rủ em đi gặp. Em có thể đi một mình.",
                "answer": False,
                "explanation": (
                    "Em không bao giờ đi gặp người lạ quen trên mạng. Hãy kể ngay với người lớn."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Khi sợ hoặc lo vì một tin nhắn, em có thể tìm ai giúp? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Thầy cô ở trường", True),
                    ("Gọi Tổng đài 111", True),
                    ("Người lạ đã nhắn tin cho em", False),
                    ("Bố mẹ hoặc người lớn em tin tưởng", True),
                ],
                "explanation": (
                    "Bố mẹ, thầy cô luôn sẵn lòng giúp em. "
                    "Tổng đài 111 cũng nghe em nói bất cứ lúc nào."
                ),
            },
            {
                "kind": "true_false",
                "text": "Gọi Tổng đài 111 không mất tiền.",
                "answer": True,
                "explanation": (
                    "Tổng đài 111 miễn phí và nghe máy cả ngày lẫn đêm, kể cả ngày nghỉ."
                ),
            },
            {
                "kind": "choice",
                "text": "Người lạ hứa tặng em thẻ nạp trò chơi nếu em gửi ảnh. Em làm gì?",
                "choices": [
                    ("Không gửi, chặn người đó và kể với người lớn", True),
                    ("Gửi ảnh của bạn khác", False),
                    ("Gửi ảnh để nhận quà", False),
                ],
                "explanation": (
                    "Tặng quà để xin ảnh là mẹo của người xấu. "
                    "Em không gửi và kể ngay với người lớn."
                ),
            },
            {
                "kind": "open",
                "text": "Em sẽ kể với người lớn nào khi gặp chuyện lạ trên mạng? Em sẽ nói gì?",
                "explanation": (
                    "Câu trả lời tốt nêu một người lớn em tin tưởng (bố mẹ, ông bà, thầy cô) và kể "
                    "rõ chuyện đã xảy ra. Em cũng có thể gọi 111."
                ),
            },
        ],
    },
    "man-hinh-vua-du": {
        "title": "Câu đố: Thời gian màn hình",
        "intro": (
            "Em dùng màn hình đã vừa đủ chưa? Cùng thử nhé! "
            "Em chỉ ghi biệt danh, không ghi tên thật của em."
        ),
        "pass_mark": 60,
        "success_text": "Tuyệt! Em biết lúc nào dùng màn hình và lúc nào nghỉ ngơi.",
        "fail_text": "Không sao đâu! Em hãy đọc lại bài học cùng bố mẹ rồi thử lại nhé.",
        "questions": [
            {
                "kind": "choice",
                "text": "Em nhìn màn hình đã lâu. Em nên làm gì?",
                "choices": [
                    ("Xem tiếp thật lâu nữa", False),
                    ("Ngồi sát màn hình hơn", False),
                    ("Nghỉ mắt, nhìn ra xa và đứng dậy vận động", True),
                ],
                "explanation": "Mắt và người em cần nghỉ. Nhìn ra xa và vận động giúp em khỏe hơn.",
            },
            {
                "kind": "true_false",
                "text": "Dùng điện thoại ngay trước khi ngủ giúp em ngủ ngon hơn.",
                "answer": False,
                "explanation": "Ánh sáng màn hình làm em khó ngủ. Em hãy cất máy trước giờ đi ngủ.",
            },
            {
                "kind": "choice",
                "text": "Khi không dùng màn hình, em có thể làm gì? (Chọn tất cả đáp án đúng)",
                "choices": [
                    ("Chơi ngoài trời với bạn", True),
                    ("Đọc sách, vẽ tranh", True),
                    ("Giúp bố mẹ việc nhà", True),
                    ("Lén lấy điện thoại của bố mẹ để chơi", False),
                ],
                "explanation": (
                    "Có rất nhiều việc vui mà không cần màn hình. "
                    "Lén lấy điện thoại thì không đúng."
                ),
            },
            {
                "kind": "choice",
                "text": "Em muốn có một ứng dụng học tiếng Việt. Em làm thế nào?",
                "choices": [
                    ("Nhờ bố mẹ hoặc thầy cô chọn ứng dụng có nguồn gốc rõ ràng", True),
                    ("Tải ứng dụng mà người lạ gửi", False),
                    ("Tự tải ứng dụng đầu tiên em thấy", False),
                ],
                "explanation": "Người lớn giúp em chọn ứng dụng tốt, an toàn và đúng với lứa tuổi.",
            },
            {
                "kind": "true_false",
                "text": "Cả nhà có thể cùng đặt giờ dùng màn hình mỗi ngày.",
                "answer": True,
                "explanation": (
                    "Quy định chung giúp em biết khi nào dùng, khi nào nghỉ. Cả nhà cùng làm theo."
                ),
            },
            {
                "kind": "choice",
                "text": "Đến giờ cất máy nhưng trò chơi còn dở. Em làm gì?",
                "choices": [
                    ("Giấu máy vào chăn để chơi", False),
                    ("Khóc và đòi chơi thêm", False),
                    ("Lưu lại, cất máy và chơi tiếp vào lần sau", True),
                ],
                "explanation": (
                    "Giữ đúng giờ đã hẹn là em đã biết tự lo cho mình. Trò chơi vẫn chờ em lần sau."
                ),
            },
            {
                "kind": "open",
                "text": "Hãy kể một việc em thích làm mà không cần màn hình.",
                "explanation": (
                    "Câu trả lời tốt nêu một hoạt động như chơi thể thao, đọc sách, vẽ, chơi cùng "
                    "gia đình, và cho thấy em biết nghỉ ngơi xen với dùng màn hình."
                ),
            },
        ],
    },
    "an-toan-tren-mang-co-ban": {
        "title": "Câu đố: Điều cốt lõi để an toàn",
        "intro": (
            "Câu đố này giúp em nhớ những điều quan trọng nhất khi lên mạng. "
            "Em chỉ ghi biệt danh, đừng ghi tên thật của mình."
        ),
        "pass_mark": 60,
        "success_text": (
            "Rất giỏi! Em đã nắm được những điều cốt lõi. Hãy nhớ: em luôn có thể gọi 111."
        ),
        "fail_text": (
            "Em đã cố gắng rồi! Hãy cùng cô chú phụ trách đọc lại bài học, rồi thử lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "Một người lạ trên mạng xin số điện thoại của em. Em làm gì?",
                "choices": [
                    ("Cho số của bạn em", False),
                    ("Cho số điện thoại", False),
                    ("Không cho, và kể với người lớn em tin tưởng", True),
                ],
                "explanation": (
                    "Số điện thoại là thông tin riêng tư. "
                    "Người lớn em tin tưởng có thể là cô chú chăm sóc em hoặc thầy cô."
                ),
            },
            {
                "kind": "choice",
                "text": "Thông tin nào em cần giữ kín trên mạng? (Chọn tất cả đáp án đúng)",
                "choices": [
                    ("Màu em thích", False),
                    ("Họ tên thật và nơi em ở", True),
                    ("Mật khẩu", True),
                    ("Ảnh của em", True),
                ],
                "explanation": (
                    "Tên, nơi ở, ảnh và mật khẩu giúp người khác tìm ra em hoặc lấy tài khoản của "
                    "em."
                ),
            },
            {
                "kind": "true_false",
                "text": "Em có thể cho bạn biết mật khẩu nếu bạn hứa giữ bí mật.",
                "answer": False,
                "explanation": (
                    "Mật khẩu chỉ của riêng em. Nếu cần giúp, em hỏi người lớn em tin tưởng."
                ),
            },
            {
                "kind": "choice",
                "text": "Em dùng máy tính chung ở trung tâm. Dùng xong, em làm gì?",
                "choices": [
                    ("Ghi mật khẩu ra giấy dán cạnh máy", False),
                    ("Đăng xuất khỏi tài khoản của mình", True),
                    ("Để nguyên cho người sau dùng tiếp", False),
                ],
                "explanation": "Nếu không đăng xuất, người dùng sau có thể vào tài khoản của em.",
            },
            {
                "kind": "choice",
                "text": (
                    "Có người trên mạng dọa nạt em. Em có thể gọi số nào miễn phí để được giúp?"
                ),
                "choices": [
                    ("Số mà người lạ gửi cho em", False),
                    ("Không gọi ai, tự chịu một mình", False),
                    ("Số 111 – Tổng đài bảo vệ trẻ em", True),
                ],
                "explanation": (
                    "Tổng đài 111 miễn phí, nghe máy 24/7. "
                    "Nếu đang gặp nguy hiểm ngay, hãy gọi 113 (công an)."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Nếu có chuyện xấu xảy ra trên mạng, đó không phải lỗi của em, và em nên kể "
                    "với người lớn."
                ),
                "answer": True,
                "explanation": "Em không có lỗi. Kể ra là việc dũng cảm và giúp em được bảo vệ.",
            },
            {
                "kind": "open",
                "text": "Em sẽ kể với ai nếu gặp chuyện không ổn trên mạng? Em tìm người đó ở đâu?",
                "explanation": (
                    "Câu trả lời tốt nêu một người lớn cụ thể (cô chú chăm sóc, cán bộ ở nơi em "
                    "sống, thầy cô) và nhớ số 111; nếu nguy hiểm ngay thì gọi 113."
                ),
            },
        ],
    },
    "mang-xa-hoi-va-dau-chan-so": {
        "title": "Câu đố: Dấu chân số",
        "intro": (
            "Kiểm tra xem em hiểu về dấu chân số đến đâu nhé. "
            "Khi làm bài chỉ dùng biệt danh, không nhập họ tên thật."
        ),
        "pass_mark": 60,
        "success_text": "Chúc mừng! Em đã hiểu rằng mỗi bài đăng đều để lại dấu vết lâu dài.",
        "fail_text": (
            "Chưa đạt lần này cũng không sao. "
            "Em hãy đọc lại bài “Mạng xã hội và dấu chân số” rồi làm lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "“Dấu chân số” là gì?",
                "choices": [
                    ("Mọi dấu vết em để lại trên mạng: bài đăng, bình luận, lượt thích, ảnh", True),
                    ("Dấu giày in trên màn hình điện thoại", False),
                    ("Danh sách ứng dụng cài trong máy", False),
                ],
                "explanation": (
                    "Những gì em làm trên mạng tạo thành dấu chân số. "
                    "Người khác có thể tìm thấy chúng rất lâu về sau."
                ),
            },
            {
                "kind": "true_false",
                "text": "Khi em xóa một bài đăng, nó biến mất hoàn toàn và không ai lưu lại được.",
                "answer": False,
                "explanation": (
                    "Người khác có thể đã chụp màn hình hoặc chia sẻ lại trước khi em xóa."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Em đang rất bực một bạn cùng lớp và muốn đăng bài chê bạn ấy. "
                    "Cách tốt nhất là gì?"
                ),
                "choices": [
                    ("Chờ bình tĩnh lại, nói chuyện trực tiếp hoặc nhờ thầy cô giúp", True),
                    ("Đăng bằng tài khoản ẩn danh để không ai biết", False),
                    ("Đăng ngay cho bõ tức", False),
                ],
                "explanation": (
                    "Bài đăng lúc nóng giận dễ làm tổn thương người khác và khó rút lại. "
                    "Giải quyết trực tiếp tốt hơn."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Trước khi đăng một bức ảnh, em nên tự hỏi điều gì? (Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Ảnh có làm lộ địa chỉ, trường lớp của mình không?", True),
                    ("Các bạn trong ảnh đã đồng ý cho đăng chưa?", True),
                    ("Mình có thấy ổn không nếu 5 năm sau ai đó xem lại ảnh này?", True),
                    ("Ảnh này có giúp mình được nhiều lượt thích nhất không?", False),
                ],
                "explanation": (
                    "Nghĩ về sự an toàn, sự đồng ý của bạn bè và tương lai của mình quan trọng hơn "
                    "lượt thích."
                ),
            },
            {
                "kind": "choice",
                "text": "Nhiều mạng xã hội đặt độ tuổi tối thiểu để lập tài khoản. Vì sao?",
                "choices": [
                    ("Vì người lớn không thích trẻ em", False),
                    ("Để bảo vệ trẻ em khỏi nội dung và người dùng không phù hợp", True),
                    ("Vì trẻ em gõ phím chậm", False),
                ],
                "explanation": (
                    "Giới hạn tuổi giúp bảo vệ trẻ em. "
                    "Em nên tôn trọng quy định và hỏi ý bố mẹ trước khi lập tài khoản."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Sau này, trường học hoặc nơi tuyển dụng có thể xem những gì em đã đăng trên "
                    "mạng."
                ),
                "answer": True,
                "explanation": (
                    "Dấu chân số tồn tại lâu. "
                    "Bài đăng hôm nay có thể ảnh hưởng tới cơ hội của em sau này."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Em muốn dấu chân số của mình nói gì về em sau 5 năm nữa? "
                    "Nêu một việc em sẽ làm từ hôm nay."
                ),
                "explanation": (
                    "Câu trả lời tốt nêu hình ảnh tích cực (chăm học, tử tế, sáng tạo) và một việc "
                    "cụ thể: nghĩ trước khi đăng, hỏi ý bạn trước khi đăng ảnh, xem lại bài cũ."
                ),
            },
        ],
    },
    "bao-ve-thong-tin-ca-nhan": {
        "title": "Câu đố: Bảo vệ thông tin cá nhân",
        "intro": (
            "Cùng kiểm tra cách em bảo vệ thông tin cá nhân nhé. "
            "Chỉ dùng biệt danh khi làm bài, không nhập tên thật."
        ),
        "pass_mark": 60,
        "success_text": (
            "Làm tốt lắm! Em đã biết bảo vệ thông tin cá nhân và chỉnh cài đặt quyền riêng tư."
        ),
        "fail_text": (
            "Em đã cố gắng rồi! "
            "Hãy đọc lại phần cài đặt quyền riêng tư trong bài học và thử lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": (
                    "Theo pháp luật Việt Nam, những gì là thông tin cá nhân của trẻ em? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Thời tiết hôm nay", False),
                    ("Họ tên, tuổi và hình ảnh", True),
                    ("Tên trường, lớp và kết quả học tập", True),
                    ("Các mối quan hệ bạn bè", True),
                ],
                "explanation": (
                    "Nghị định 56/2017 coi tên, tuổi, hình ảnh, trường, lớp, kết quả học tập và "
                    "quan hệ bạn bè là thông tin cá nhân của trẻ em."
                ),
            },
            {
                "kind": "choice",
                "text": "Em nên chọn chế độ nào cho tài khoản mạng xã hội của mình?",
                "choices": [
                    ("Công khai – ai cũng xem được", False),
                    ("Riêng tư – chỉ bạn bè em đã duyệt mới xem được", True),
                    ("Không cần cài đặt gì", False),
                ],
                "explanation": (
                    "Chế độ riêng tư giới hạn người xem, giúp người lạ khó thu thập thông tin về "
                    "em."
                ),
            },
            {
                "kind": "true_false",
                "text": "Bật chia sẻ vị trí trong mọi bài đăng là an toàn vì chỉ bạn bè mới thấy.",
                "answer": False,
                "explanation": (
                    "Vị trí cho biết nơi em sống và học. "
                    "Bài đăng có thể bị chia sẻ ra ngoài nhóm bạn bè."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Một bài trắc nghiệm vui hỏi: “Tên thú cưng đầu tiên, trường tiểu học, ngày "
                    "sinh của bạn?”. Em làm gì?"
                ),
                "choices": [
                    ("Bỏ qua, vì kẻ xấu có thể dùng các thông tin này để đoán mật khẩu", True),
                    ("Chia sẻ cho cả lớp cùng làm", False),
                    ("Trả lời hết cho vui", False),
                ],
                "explanation": (
                    "Những câu hỏi này thường trùng với câu hỏi bảo mật của tài khoản. "
                    "Đừng trả lời cho những trang không rõ nguồn."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Một ứng dụng chỉnh ảnh đòi quyền đọc danh bạ và tin nhắn của em. "
                    "Em nên làm gì?"
                ),
                "choices": [
                    ("Cho phép hết để dùng được ngay", False),
                    ("Từ chối các quyền không cần thiết và hỏi người lớn trước khi cài", True),
                    ("Gửi danh bạ cho bạn bè", False),
                ],
                "explanation": (
                    "Ứng dụng chỉnh ảnh không cần đọc tin nhắn. "
                    "Chỉ cấp quyền thật sự cần cho việc ứng dụng làm."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Em có quyền đề nghị người khác gỡ ảnh của em mà họ đăng khi chưa hỏi ý em."
                ),
                "answer": True,
                "explanation": (
                    "Hình ảnh là thông tin cá nhân của em. "
                    "Nếu họ không gỡ, hãy nhờ bố mẹ, thầy cô giúp và dùng chức năng báo cáo của "
                    "nền tảng."
                ),
            },
            {
                "kind": "open",
                "text": "Hôm nay em sẽ kiểm tra lại cài đặt nào trên tài khoản của mình? Vì sao?",
                "explanation": (
                    "Câu trả lời tốt nêu việc cụ thể: chuyển sang chế độ riêng tư, tắt chia sẻ vị "
                    "trí, giới hạn ai được nhắn tin, gỡ số điện thoại và trường lớp khỏi trang cá "
                    "nhân."
                ),
            },
        ],
    },
    "bat-nat-tren-mang": {
        "title": "Câu đố: Bắt nạt trên mạng",
        "intro": (
            "Em sẽ làm gì khi gặp bắt nạt trên mạng? Cùng thử các tình huống nhé. "
            "Chỉ dùng biệt danh, không nhập tên thật."
        ),
        "pass_mark": 60,
        "success_text": (
            "Rất tốt! Em biết cách bảo vệ mình và giúp đỡ bạn khi có bắt nạt trên mạng."
        ),
        "fail_text": "Đừng nản nhé! Hãy đọc lại phần “việc cần làm” trong bài học rồi thử lại.",
        "questions": [
            {
                "kind": "choice",
                "text": "Hành động nào là bắt nạt trên mạng? (Chọn tất cả đáp án đúng)",
                "choices": [
                    ("Liên tục gửi tin nhắn chế giễu một bạn", True),
                    ("Lập nhóm chat để nói xấu và cố ý gạt một bạn ra ngoài", True),
                    ("Đăng ảnh chế làm bạn xấu hổ", True),
                    ("Nhắn riêng góp ý nhẹ nhàng khi bạn làm sai", False),
                ],
                "explanation": (
                    "Bắt nạt là cố ý và lặp lại việc làm tổn thương người khác. "
                    "Góp ý riêng, tôn trọng thì không phải bắt nạt."
                ),
            },
            {
                "kind": "choice",
                "text": "Một nhóm bạn nhắn tin chế giễu em nhiều ngày liền. Việc nên làm là gì?",
                "choices": [
                    (
                        (
                            "Không đáp trả, chụp màn hình làm bằng chứng, chặn và kể với người lớn "
                            "tin cậy"
                        ),
                        True,
                    ),
                    ("Xóa hết tin nhắn và im lặng chịu đựng", False),
                    ("Nhắn lại chửi nhau cho bằng", False),
                ],
                "explanation": (
                    "Đáp trả làm mọi chuyện tệ hơn. Bằng chứng giúp thầy cô, bố mẹ xử lí đúng."
                ),
            },
            {
                "kind": "true_false",
                "text": "Người chứng kiến chỉ đứng xem thì không góp phần vào việc bắt nạt.",
                "answer": False,
                "explanation": (
                    "Im lặng hoặc bấm thích khiến kẻ bắt nạt nghĩ mình được ủng hộ. "
                    "Người chứng kiến có thể giúp bạn bị hại."
                ),
            },
            {
                "kind": "choice",
                "text": "Trong nhóm lớp có người đăng ảnh chế về một bạn. Em có thể làm gì?",
                "choices": [
                    ("Bình luận thêm cho nhóm cười", False),
                    ("Chia sẻ tiếp cho vui", False),
                    ("Không thích, không chia sẻ; nhắn hỏi thăm bạn bị hại và báo thầy cô", True),
                ],
                "explanation": (
                    "Không lan truyền, an ủi bạn và báo người lớn là cách người chứng kiến giúp "
                    "chấm dứt bắt nạt."
                ),
            },
            {
                "kind": "choice",
                "text": "Ngoài bố mẹ và giáo viên chủ nhiệm, em có thể tìm trợ giúp ở đâu?",
                "choices": [
                    ("Đăng bài kể xấu lại người bắt nạt", False),
                    ("Không có nơi nào giúp được", False),
                    ("Tổng đài 111 hoặc thầy cô tư vấn học đường", True),
                ],
                "explanation": (
                    "Tổng đài 111 miễn phí, 24/7. "
                    "Thầy cô tư vấn học đường sẽ lắng nghe và giữ kín chuyện của em."
                ),
            },
            {
                "kind": "true_false",
                "text": "Nếu em bị bắt nạt trên mạng, đó là lỗi của em.",
                "answer": False,
                "explanation": (
                    "Không ai đáng bị bắt nạt. "
                    "Lỗi thuộc về người bắt nạt, còn em xứng đáng được giúp đỡ."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Nếu bạn thân của em bị bắt nạt trên mạng, em sẽ nói hoặc làm gì để giúp bạn?"
                ),
                "explanation": (
                    "Câu trả lời tốt gồm: lắng nghe, nói với bạn rằng đó không phải lỗi của bạn, "
                    "không lan truyền nội dung xấu, giúp lưu bằng chứng và cùng bạn kể với người "
                    "lớn tin cậy hoặc gọi 111."
                ),
            },
        ],
    },
    "du-do-va-lua-dao": {
        "title": "Câu đố: Dụ dỗ và lừa đảo",
        "intro": (
            "Em có nhận ra chiêu dụ dỗ và lừa đảo trên mạng không? Cùng thử nhé. "
            "Chỉ dùng biệt danh, không nhập tên thật."
        ),
        "pass_mark": 60,
        "success_text": "Xuất sắc! Em đã nhận ra các dấu hiệu dụ dỗ và lừa đảo trên mạng.",
        "fail_text": (
            "Chưa đạt cũng không sao. "
            "Hãy đọc lại các dấu hiệu dụ dỗ và lừa đảo trong bài học rồi làm lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": (
                    "Dấu hiệu nào cho thấy một người quen trên mạng có thể đang dụ dỗ em? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Bảo em giữ bí mật với bố mẹ", True),
                    ("Xin ảnh riêng tư hoặc rủ gặp riêng", True),
                    ("Chỉ trao đổi bài tập trong nhóm lớp có thầy cô", False),
                    ("Khen em quá mức, tặng quà hoặc thẻ nạp", True),
                ],
                "explanation": (
                    "Kẻ dụ dỗ thường lấy lòng, tặng quà, rồi tách em khỏi người lớn. "
                    "Thấy dấu hiệu này, hãy kể ngay."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Em nhận tin: “Chúc mừng! Bạn trúng điện thoại mới. "
                    "Chuyển 200.000 đồng phí vận chuyển để nhận quà.” Đây là gì?"
                ),
                "choices": [
                    ("Thông báo của nhà trường", False),
                    ("Một trò lừa đảo", True),
                    ("Một món quà thật", False),
                ],
                "explanation": (
                    "Em không tham gia thì không thể trúng thưởng. "
                    "Đòi chuyển tiền trước là dấu hiệu lừa đảo rõ ràng."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Người đã trò chuyện với em nhiều tháng trên mạng thì chắc chắn là người tốt."
                ),
                "answer": False,
                "explanation": (
                    "Kẻ xấu thường kiên nhẫn làm quen rất lâu để lấy lòng tin. "
                    "Thời gian trò chuyện không chứng minh họ là ai."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Một “bạn” trong trò chơi nói: “Đưa mình tài khoản, mình nâng cấp miễn phí "
                    "cho.” Em làm gì?"
                ),
                "choices": [
                    ("Đưa tài khoản và mật khẩu", False),
                    ("Từ chối; không đưa tài khoản, mật khẩu hay mã xác nhận cho ai", True),
                    ("Đưa mật khẩu rồi đổi lại ngay sau đó", False),
                ],
                "explanation": (
                    "Chỉ vài phút là kẻ gian đã đủ để đổi mật khẩu và chiếm tài khoản của em."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Người lạ mời em làm “việc nhẹ lương cao” trên mạng, nhưng phải gửi ảnh giấy "
                    "tờ của bố mẹ. Em làm gì?"
                ),
                "choices": [
                    ("Gửi giấy tờ của mình thay cho của bố mẹ", False),
                    ("Gửi ngay để có tiền", False),
                    ("Không gửi và kể với bố mẹ, vì đây là dấu hiệu lừa đảo", True),
                ],
                "explanation": (
                    "Giấy tờ tùy thân có thể bị dùng để vay tiền, mở tài khoản giả. "
                    "Không bao giờ gửi cho người lạ."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Nếu đã lỡ gửi thông tin hoặc ảnh cho kẻ lừa đảo, em vẫn nên kể với người lớn "
                    "càng sớm càng tốt."
                ),
                "answer": True,
                "explanation": (
                    "Kể sớm giúp người lớn kịp xử lí. "
                    "Em cũng có thể gọi 111 hoặc gửi báo cáo qua vn-cop.vn."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Hãy viết một câu em có thể dùng để từ chối khi người lạ trên mạng đòi gì đó "
                    "từ em."
                ),
                "explanation": (
                    "Câu trả lời tốt là lời từ chối ngắn, rõ (ví dụ: “Mình không gửi đâu, mình sẽ "
                    "hỏi bố mẹ”), sau đó chặn, lưu bằng chứng và kể với người lớn tin cậy."
                ),
            },
        ],
    },
    "mat-khau-manh-hai-buoc": {
        "title": "Câu đố: Mật khẩu mạnh",
        "intro": (
            "Tài khoản của em đã đủ an toàn chưa? Cùng thử nhé. "
            "Chỉ dùng biệt danh, không nhập tên thật, và đừng bao giờ gõ mật khẩu thật vào đây."
        ),
        "pass_mark": 60,
        "success_text": "Tuyệt vời! Em đã biết tạo mật khẩu mạnh và bật đăng nhập hai bước.",
        "fail_text": (
            "Cố lên! Em hãy đọc lại bài “Mật khẩu mạnh và đăng nhập hai bước” rồi thử lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "Mật khẩu nào mạnh nhất?",
                "choices": [
                    ("ngaysinh2012", False),
                    ("MeoVang-AnBanhChung-luc9h!", True),
                    ("12345678", False),
                ],
                "explanation": (
                    "Cụm từ dài, trộn chữ hoa, chữ thường, số và kí hiệu rất khó đoán. "
                    "Ngày sinh hay dãy số dễ bị dò ra."
                ),
            },
            {
                "kind": "true_false",
                "text": "Dùng một mật khẩu cho mọi tài khoản sẽ an toàn hơn vì dễ nhớ.",
                "answer": False,
                "explanation": (
                    "Nếu một tài khoản bị lộ, kẻ xấu sẽ thử mật khẩu đó ở mọi nơi. "
                    "Mỗi tài khoản nên có mật khẩu riêng."
                ),
            },
            {
                "kind": "choice",
                "text": "Đăng nhập hai bước là gì?",
                "choices": [
                    ("Đăng nhập trên hai máy cùng lúc", False),
                    ("Ngoài mật khẩu, cần thêm một bước xác nhận như mã gửi về điện thoại", True),
                    ("Nhập mật khẩu hai lần liên tiếp", False),
                ],
                "explanation": (
                    "Dù kẻ xấu biết mật khẩu, họ vẫn không vào được nếu không có bước xác nhận thứ "
                    "hai."
                ),
            },
            {
                "kind": "choice",
                "text": "Việc nào giúp bảo vệ tài khoản của em? (Chọn tất cả đáp án đúng)",
                "choices": [
                    ("Bật đăng nhập hai bước", True),
                    ("Đăng xuất khi dùng máy ở phòng máy hoặc quán net", True),
                    ("Khóa màn hình điện thoại bằng mã", True),
                    ("Lưu mật khẩu trong một ghi chú công khai trên mạng", False),
                ],
                "explanation": (
                    "Nhiều lớp bảo vệ cùng lúc giúp tài khoản an toàn hơn. "
                    "Ghi chú công khai thì ai cũng đọc được."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Em nhận được mã xác nhận dù không đăng nhập. "
                    "Rồi có người nhắn: “Mình gửi nhầm mã, đọc lại giúp mình nhé.” Em làm gì?"
                ),
                "choices": [
                    ("Đọc mã cho người đó", False),
                    ("Không đưa mã, đổi mật khẩu và báo người lớn", True),
                    ("Chuyển mã cho bạn thân giữ hộ", False),
                ],
                "explanation": (
                    "Đây là chiêu chiếm tài khoản: kẻ gian đã có mật khẩu và chỉ cần mã của em."
                ),
            },
            {
                "kind": "true_false",
                "text": "Nếu nghi mật khẩu bị lộ, em nên đổi mật khẩu ngay.",
                "answer": True,
                "explanation": (
                    "Đổi sớm giúp chặn kẻ xấu. Hãy đổi cả ở những tài khoản dùng chung mật khẩu đó."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Hãy mô tả cách em tạo một mật khẩu mạnh mà vẫn nhớ được (đừng ghi mật khẩu "
                    "thật!)."
                ),
                "explanation": (
                    "Câu trả lời tốt mô tả cách dùng cụm từ dài, thêm số và kí hiệu, mỗi tài khoản "
                    "một mật khẩu, không dùng tên hay ngày sinh, và không ghi mật khẩu thật vào "
                    "đây."
                ),
            },
        ],
    },
    "tin-gia-kiem-chung": {
        "title": "Câu đố: Kiểm chứng tin giả",
        "intro": (
            "Em có phải là “thám tử tin tức” không? Cùng thử nhé. "
            "Chỉ dùng biệt danh, không nhập tên thật."
        ),
        "pass_mark": 60,
        "success_text": "Giỏi lắm! Em biết dừng lại và kiểm chứng trước khi chia sẻ.",
        "fail_text": (
            "Không sao đâu! Hãy đọc lại các bước kiểm chứng trong bài học rồi làm lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": (
                    "Em thấy bài đăng “Khẩn cấp! "
                    "Ngày mai cả nước nghỉ học, chia sẻ ngay!” mà không có nguồn. Em làm gì?"
                ),
                "choices": [
                    ("Bình luận “thật không?” rồi chia sẻ luôn", False),
                    ("Chia sẻ ngay cho mọi người biết", False),
                    (
                        "Xem thông báo chính thức của nhà trường hoặc cơ quan có thẩm quyền trước",
                        True,
                    ),
                ],
                "explanation": (
                    "Tin quan trọng luôn có thông báo chính thức. Chưa kiểm chứng thì chưa chia sẻ."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Dấu hiệu nào cho thấy một tin có thể là tin giả? (Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Không ghi nguồn hoặc nguồn lạ", True),
                    ("Thúc giục “chia sẻ ngay kẻo muộn”", True),
                    ("Được nhiều cơ quan báo chí chính thống cùng đưa tin, ghi rõ nguồn", False),
                    ("Tiêu đề giật gân, nhiều dấu chấm than", True),
                ],
                "explanation": (
                    "Tin giả thường đánh vào cảm xúc và thiếu nguồn. "
                    "Tin được nhiều nguồn uy tín xác nhận thì đáng tin hơn."
                ),
            },
            {
                "kind": "true_false",
                "text": "Tin có nhiều lượt thích và chia sẻ thì chắc chắn là tin thật.",
                "answer": False,
                "explanation": (
                    "Tin giả thường lan nhanh hơn tin thật. Lượt thích không chứng minh điều gì."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Một bức ảnh cũ được đăng lại với chú thích về một sự kiện mới. "
                    "Cách nào giúp em kiểm tra?"
                ),
                "choices": [
                    ("Đếm số bình luận dưới ảnh", False),
                    ("Tìm kiếm ngược bằng hình ảnh để xem ảnh xuất hiện lần đầu khi nào", True),
                    ("Tin vào chú thích vì có ảnh là có thật", False),
                ],
                "explanation": (
                    "Tìm kiếm bằng hình ảnh cho biết ảnh đã có từ trước chưa và ban đầu nói về "
                    "việc gì."
                ),
            },
            {
                "kind": "choice",
                "text": "Khi tìm thông tin cho bài tập, nguồn nào đáng tin cậy hơn?",
                "choices": [
                    ("Một bài đăng không rõ tác giả trong nhóm chat", False),
                    ("Bình luận của người lạ", False),
                    ("Trang của cơ quan nhà nước, trường học, sách giáo khoa", True),
                ],
                "explanation": (
                    "Nguồn chính thống có người chịu trách nhiệm về nội dung. "
                    "Em vẫn nên so sánh nhiều nguồn."
                ),
            },
            {
                "kind": "true_false",
                "text": "Chia sẻ tin giả có thể gây hại cho người khác, kể cả khi em không cố ý.",
                "answer": True,
                "explanation": (
                    "Tin giả có thể làm người khác hoảng sợ, mất tiền hoặc bị oan. "
                    "Mỗi lượt chia sẻ giúp tin lan xa hơn."
                ),
            },
            {
                "kind": "open",
                "text": "Hãy nêu các bước em sẽ làm trước khi chia sẻ một tin gây sốc.",
                "explanation": (
                    "Câu trả lời tốt gồm: dừng lại, xem nguồn và tác giả, so với nguồn chính "
                    "thống, kiểm tra ngày đăng và ảnh, hỏi thầy cô hoặc người lớn; nếu không chắc "
                    "thì không chia sẻ."
                ),
            },
        ],
    },
    "danh-tinh-so": {
        "title": "Câu đố: Danh tính số",
        "intro": (
            "Bạn hãy thử sức với các tình huống về danh tính số và uy tín trên mạng. "
            "Chỉ dùng biệt danh khi làm bài, không nhập họ tên thật."
        ),
        "pass_mark": 60,
        "success_text": "Chúc mừng! Bạn đã biết cách chủ động xây dựng danh tính số tích cực.",
        "fail_text": (
            "Chưa đạt lần này cũng không sao. "
            "Hãy đọc lại bài “Danh tính số và uy tín trên mạng” rồi thử lại."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "Danh tính số của bạn được tạo nên từ đâu?",
                "choices": [
                    ("Mọi thứ bạn và người khác đăng, bình luận, gắn thẻ về bạn trên mạng", True),
                    ("Chỉ ảnh đại diện của bạn", False),
                    ("Chỉ thông tin trên thẻ học sinh", False),
                ],
                "explanation": (
                    "Danh tính số gồm cả những gì bạn tự đăng lẫn những gì người khác nói về bạn."
                ),
            },
            {
                "kind": "choice",
                "text": "Những việc nào giúp xây dựng uy tín trên mạng? (Chọn tất cả đáp án đúng)",
                "choices": [
                    ("Ghi nguồn khi dùng tác phẩm của người khác", True),
                    ("Tranh cãi gay gắt để thắng bằng mọi giá", False),
                    ("Chia sẻ sản phẩm học tập, hoạt động tình nguyện của mình", True),
                    ("Bình luận lịch sự, tôn trọng ý kiến khác", True),
                ],
                "explanation": (
                    "Uy tín đến từ sự tử tế, trung thực và đóng góp có ích, không phải từ việc "
                    "thắng mọi cuộc tranh cãi."
                ),
            },
            {
                "kind": "true_false",
                "text": "Dùng tài khoản ẩn danh thì những gì bạn viết không bao giờ bị truy ra.",
                "answer": False,
                "explanation": (
                    "Tài khoản ẩn danh vẫn để lại dấu vết kĩ thuật, và người viết vẫn chịu trách "
                    "nhiệm về nội dung mình đăng."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Bạn tìm tên mình trên mạng và thấy một bức ảnh cũ gây xấu hổ do bạn bè đăng. "
                    "Nên làm gì?"
                ),
                "choices": [
                    (
                        (
                            "Nhắn bạn đó đề nghị gỡ; nếu không được, báo cáo với nền tảng và nhờ "
                            "người lớn hỗ trợ"
                        ),
                        True,
                    ),
                    ("Đăng ảnh xấu của bạn ấy để trả đũa", False),
                    ("Xóa tài khoản của mình và bỏ qua", False),
                ],
                "explanation": (
                    "Trao đổi thẳng thắn thường hiệu quả nhất. "
                    "Trả đũa chỉ làm dấu chân số của cả hai xấu thêm."
                ),
            },
            {
                "kind": "choice",
                "text": "Bạn muốn lập một kênh chia sẻ video học tập. Cách nào an toàn nhất?",
                "choices": [
                    ("Phát trực tiếp từ phòng ngủ và cho biết mình đang ở nhà một mình", False),
                    (
                        (
                            "Dùng biệt danh, không để lộ trường, địa chỉ, lịch sinh hoạt; bàn với "
                            "bố mẹ về cài đặt"
                        ),
                        True,
                    ),
                    ("Dùng họ tên đầy đủ và số điện thoại để mọi người dễ liên hệ", False),
                ],
                "explanation": (
                    "Bạn có thể chia sẻ sáng tạo mà vẫn giữ kín thông tin giúp người lạ tìm ra "
                    "mình."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Nội dung đăng từ thời học sinh có thể ảnh hưởng đến cơ hội học bổng hoặc việc "
                    "làm sau này."
                ),
                "answer": True,
                "explanation": (
                    "Nhiều nơi xem hồ sơ mạng xã hội khi xét tuyển. "
                    "Dấu chân số tích cực là một lợi thế."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Nếu ai đó tìm tên bạn trên mạng, bạn muốn họ thấy điều gì? "
                    "Bạn sẽ thay đổi gì để làm được điều đó?"
                ),
                "explanation": (
                    "Câu trả lời tốt nêu giá trị muốn thể hiện và việc cụ thể: dọn lại bài cũ, "
                    "chỉnh quyền riêng tư, đăng nội dung tích cực, nghĩ kĩ trước khi bình luận."
                ),
            },
        ],
    },
    "bao-mat-tai-khoan-phishing": {
        "title": "Câu đố: Bảo mật và lừa đảo giả mạo",
        "intro": (
            "Bạn có nhận ra một vụ lừa đảo giả mạo (phishing) không? Hãy thử nhé. "
            "Chỉ dùng biệt danh, không nhập họ tên thật hay mật khẩu."
        ),
        "pass_mark": 60,
        "success_text": (
            "Tuyệt vời! Bạn đã biết bảo vệ tài khoản, thiết bị và nhận ra lừa đảo giả mạo."
        ),
        "fail_text": "Đừng lo! Hãy xem lại các dấu hiệu lừa đảo giả mạo trong bài học rồi thử lại.",
        "questions": [
            {
                "kind": "choice",
                "text": (
                    "Bạn nhận email: “Tài khoản sẽ bị khóa sau 24 giờ, bấm vào liên kết để xác "
                    "minh.” Tên miền trong liên kết sai một chữ so với trang thật. Đây là gì?"
                ),
                "choices": [
                    ("Thông báo chính thức cần làm ngay", False),
                    ("Thư quảng cáo vô hại", False),
                    ("Lừa đảo giả mạo (phishing)", True),
                ],
                "explanation": (
                    "Lời đe dọa gấp gáp cùng tên miền na ná trang thật là dấu hiệu điển hình của "
                    "phishing."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Dấu hiệu nào thường gặp ở tin nhắn lừa đảo giả mạo? (Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    (
                        (
                            "Không yêu cầu thông tin gì và khớp với thông báo trong ứng dụng chính "
                            "thức"
                        ),
                        False,
                    ),
                    ("Thúc giục, đe dọa khóa tài khoản", True),
                    ("Địa chỉ trang web na ná trang thật", True),
                    ("Yêu cầu mật khẩu hoặc mã OTP", True),
                ],
                "explanation": (
                    "Kẻ gian tạo áp lực để bạn hành động vội. "
                    "Khi nghi ngờ, hãy tự mở ứng dụng hoặc trang chính thức để kiểm tra."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Nhân viên của nền tảng hay ngân hàng có thể hỏi mã OTP của bạn để “hỗ trợ”."
                ),
                "answer": False,
                "explanation": (
                    "Đơn vị chính thống không bao giờ hỏi mã OTP. Ai hỏi mã là dấu hiệu lừa đảo."
                ),
            },
            {
                "kind": "choice",
                "text": "Bạn lỡ nhập mật khẩu vào một trang giả. Việc cần làm trước tiên là gì?",
                "choices": [
                    ("Chờ xem có chuyện gì xảy ra không", False),
                    ("Xóa lịch sử duyệt web là đủ", False),
                    (
                        (
                            "Đổi mật khẩu ngay, bật xác thực hai bước và đăng xuất khỏi các thiết "
                            "bị lạ"
                        ),
                        True,
                    ),
                ],
                "explanation": (
                    "Hành động nhanh giúp chặn kẻ gian trước khi chúng đổi mật khẩu hoặc lừa bạn "
                    "bè của bạn."
                ),
            },
            {
                "kind": "choice",
                "text": "Cách nào giúp bảo vệ thiết bị của bạn?",
                "choices": [
                    (
                        (
                            "Cập nhật hệ điều hành, ứng dụng thường xuyên và chỉ cài từ kho ứng "
                            "dụng chính thức"
                        ),
                        True,
                    ),
                    ("Tắt mọi bản cập nhật cho đỡ tốn dung lượng", False),
                    ("Cài bản ứng dụng bẻ khóa tải từ trang lạ", False),
                ],
                "explanation": (
                    "Bản cập nhật vá lỗ hổng bảo mật. Ứng dụng bẻ khóa thường chứa mã độc."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Một người bạn nhắn qua mạng xã hội xin mượn tiền gấp; bạn nên gọi điện trực "
                    "tiếp để xác minh trước."
                ),
                "answer": True,
                "explanation": (
                    "Tài khoản của bạn bè có thể đã bị chiếm. "
                    "Gọi điện hoặc hỏi trực tiếp để chắc chắn."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Hãy kể một tin nhắn hoặc email đáng ngờ mà bạn từng gặp (hoặc tưởng tượng). "
                    "Dấu hiệu nào giúp bạn nhận ra?"
                ),
                "explanation": (
                    "Câu trả lời tốt chỉ ra dấu hiệu cụ thể (người gửi lạ, lời thúc giục, liên kết "
                    "sai lệch, đòi mật khẩu hay OTP, lời hứa quá tốt) và cách xử lí: không bấm, "
                    "báo cáo, xóa, kể với người lớn."
                ),
            },
        ],
    },
    "hinh-anh-nhay-cam-tong-tien": {
        "title": "Câu đố: Hình ảnh nhạy cảm và tống tiền",
        "intro": (
            "Các câu hỏi sau giúp bạn biết cách tự bảo vệ và tìm trợ giúp. "
            "Chỉ dùng biệt danh khi làm bài, không nhập họ tên thật."
        ),
        "pass_mark": 60,
        "success_text": (
            "Bạn đã nắm vững cách xử lí: không trả tiền, giữ bằng chứng, báo cáo. "
            "Hãy nhớ số 111 và vn-cop.vn."
        ),
        "fail_text": (
            "Chưa đạt cũng không sao. "
            "Hãy đọc lại bài học, đặc biệt phần tìm trợ giúp, rồi thử lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": (
                    "Một người mới quen trên mạng khen ngợi liên tục rồi xin bạn gửi ảnh nhạy cảm. "
                    "Bạn nên làm gì?"
                ),
                "choices": [
                    ("Gửi ảnh đã che mặt", False),
                    ("Từ chối, dừng trò chuyện, chặn và kể với người lớn tin cậy", True),
                    ("Gửi vì hai người đã trò chuyện lâu", False),
                ],
                "explanation": (
                    "Khen ngợi rồi xin ảnh là chiêu dụ dỗ quen thuộc. "
                    "Ảnh đã gửi đi thì không thể lấy lại."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Có người dọa phát tán ảnh của bạn nếu bạn không chuyển tiền hoặc gửi thêm "
                    "ảnh. Bạn nên làm gì?"
                ),
                "choices": [
                    ("Trả tiền để họ xóa ảnh", False),
                    ("Gửi thêm ảnh để họ im lặng", False),
                    ("Không trả tiền, không gửi thêm; giữ bằng chứng và tìm trợ giúp ngay", True),
                ],
                "explanation": (
                    "Trả tiền hay gửi thêm ảnh thường khiến kẻ tống tiền đòi nhiều hơn. "
                    "Hãy giữ bằng chứng và báo ngay."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Bạn có thể tìm trợ giúp ở đâu khi bị tống tiền bằng hình ảnh? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Công an qua số 113 khi bị đe dọa", True),
                    ("Một nhóm chat “hỗ trợ” do chính kẻ tống tiền giới thiệu", False),
                    ("Tổng đài 111 (miễn phí, 24/7)", True),
                    ("Mẫu “Báo cáo xâm hại” trên vn-cop.vn", True),
                ],
                "explanation": (
                    "111, vn-cop.vn và 113 là những kênh chính thức. "
                    "Bạn cũng có thể nhờ bố mẹ hoặc thầy cô tư vấn học đường đi cùng."
                ),
            },
            {
                "kind": "true_false",
                "text": "Nếu bạn từng gửi ảnh, pháp luật sẽ trừng phạt bạn thay vì bảo vệ bạn.",
                "answer": False,
                "explanation": (
                    "Bạn là người bị hại. "
                    "Pháp luật Việt Nam bảo vệ người dưới 18 tuổi; kẻ tống tiền, phát tán ảnh mới "
                    "là người vi phạm."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Bạn thấy ảnh nhạy cảm của một bạn cùng trường bị gửi vào nhóm chat. "
                    "Việc đúng là gì?"
                ),
                "choices": [
                    ("Chuyển cho vài bạn thân xem", False),
                    ("Lưu về máy rồi bình luận chê bai", False),
                    (
                        (
                            "Không lưu, không chuyển tiếp; báo cáo nội dung và báo thầy cô hoặc "
                            "người lớn tin cậy"
                        ),
                        True,
                    ),
                ],
                "explanation": (
                    "Phát tán ảnh nhạy cảm của người dưới 18 tuổi là vi phạm pháp luật và làm tổn "
                    "thương bạn ấy. Hãy để người lớn và cơ quan chức năng xử lí."
                ),
            },
            {
                "kind": "true_false",
                "text": "Khi bị tống tiền, nên xóa ngay toàn bộ tin nhắn với kẻ đó.",
                "answer": False,
                "explanation": (
                    "Hãy chụp màn hình lời đe dọa, lưu tên tài khoản, đường dẫn. "
                    "Đây là bằng chứng quan trọng để cơ quan chức năng xử lí."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Nếu một người bạn tâm sự rằng đang bị dọa phát tán ảnh, bạn sẽ nói gì và làm "
                    "gì?"
                ),
                "explanation": (
                    "Câu trả lời tốt: lắng nghe không phán xét, nói rằng đó không phải lỗi của bạn "
                    "ấy, khuyên không trả tiền, giữ bằng chứng và cùng bạn ấy tìm người lớn tin "
                    "cậy, gọi 111 hoặc báo cáo qua vn-cop.vn."
                ),
            },
        ],
    },
    "sang-tao-noi-dung-ban-quyen": {
        "title": "Câu đố: Bản quyền và giấy phép",
        "intro": (
            "Bạn đã sẵn sàng sáng tạo và chia sẻ đúng luật chưa? Hãy thử nhé. "
            "Chỉ dùng biệt danh, không nhập họ tên thật."
        ),
        "pass_mark": 60,
        "success_text": (
            "Chúc mừng! Bạn đã hiểu cách tôn trọng bản quyền và bảo vệ tác phẩm của chính mình."
        ),
        "fail_text": (
            "Chưa đạt lần này. "
            "Hãy đọc lại phần bản quyền và giấy phép trong bài học rồi thử lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "Bạn tìm thấy một bức ảnh đẹp trên mạng. Điều nào đúng?",
                "choices": [
                    ("Ảnh vẫn thuộc quyền tác giả của người chụp, dù không ghi gì", True),
                    ("Ảnh trên mạng là của chung, ai cũng dùng tự do", False),
                    ("Chỉ cần cắt bỏ chữ kí là ảnh thành của mình", False),
                ],
                "explanation": (
                    "Quyền tác giả có từ khi tác phẩm được tạo ra, không cần ghi chú hay đăng kí."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Chỉ cần ghi nguồn là được dùng bất kì tác phẩm nào trong video có kiếm tiền."
                ),
                "answer": False,
                "explanation": (
                    "Ghi nguồn là cần thiết nhưng chưa đủ. "
                    "Bạn còn phải có quyền sử dụng: giấy phép cho phép hoặc sự đồng ý của tác giả."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Một bức ảnh có giấy phép mở loại “Ghi công – Phi thương mại”. "
                    "Giấy phép này cho phép gì?"
                ),
                "choices": [
                    ("Dùng cho mọi mục đích, không cần ghi tên", False),
                    ("Không được dùng lại dưới bất kì hình thức nào", False),
                    ("Dùng lại nếu ghi tên tác giả và không dùng để kiếm tiền", True),
                ],
                "explanation": (
                    "Giấy phép mở cho phép dùng lại theo đúng điều kiện ghi trên giấy phép. "
                    "Hãy đọc kĩ trước khi dùng."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Khi làm video cho bài thuyết trình ở lớp, bạn làm gì là đúng? "
                    "(Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Tự chụp ảnh, tự thu âm", True),
                    ("Xin phép tác giả khi cần", True),
                    ("Lấy nguyên video của người khác rồi ghi tên mình", False),
                    ("Dùng nhạc, ảnh có giấy phép mở và ghi công đầy đủ", True),
                ],
                "explanation": (
                    "Tự làm, dùng tài nguyên có giấy phép hoặc xin phép đều hợp lệ. "
                    "Nhận tác phẩm của người khác là của mình là đạo nhái."
                ),
            },
            {
                "kind": "choice",
                "text": "Bạn muốn quay video có mặt bạn bè để đăng lên kênh của mình. Cần làm gì?",
                "choices": [
                    ("Đăng công khai cho thật nhiều người xem", False),
                    ("Hỏi ý và được các bạn đồng ý trước khi đăng", True),
                    ("Cứ đăng, ai không thích thì tự báo", False),
                ],
                "explanation": (
                    "Hình ảnh của bạn bè là thông tin cá nhân của họ. "
                    "Sự đồng ý phải có trước khi đăng."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Bạn có quyền tác giả đối với bài viết, bức vẽ, video do chính mình sáng tạo."
                ),
                "answer": True,
                "explanation": (
                    "Quyền tác giả không phụ thuộc tuổi. "
                    "Bạn có thể chọn giấy phép cho tác phẩm của mình."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Hãy mô tả một sản phẩm bạn muốn sáng tạo và chia sẻ. "
                    "Bạn sẽ dùng nguồn nào và ghi công ra sao?"
                ),
                "explanation": (
                    "Câu trả lời tốt nêu nguồn hợp pháp (tự làm, giấy phép mở, xin phép), cách ghi "
                    "công (tên tác giả, nguồn, loại giấy phép) và không để lộ thông tin cá nhân "
                    "của mình hay người khác."
                ),
            },
        ],
    },
    "ai-va-deepfake": {
        "title": "Câu đố: Trí tuệ nhân tạo và deepfake",
        "intro": (
            "Bạn có phân biệt được thật và giả trong thời trí tuệ nhân tạo không? Hãy thử nhé. "
            "Chỉ dùng biệt danh, không nhập họ tên thật."
        ),
        "pass_mark": 60,
        "success_text": (
            "Xuất sắc! "
            "Bạn biết dùng trí tuệ nhân tạo có trách nhiệm, nhận ra deepfake và biết nơi báo cáo."
        ),
        "fail_text": (
            "Chưa đạt cũng không sao. "
            "Hãy đọc lại bài “Trí tuệ nhân tạo và deepfake” rồi làm lại nhé."
        ),
        "questions": [
            {
                "kind": "choice",
                "text": "Deepfake là gì?",
                "choices": [
                    ("Một hiệu ứng làm đẹp có sẵn trong máy ảnh", False),
                    ("Một thể loại trò chơi điện tử", False),
                    (
                        "Video, ảnh hoặc giọng nói giả do trí tuệ nhân tạo tạo ra, trông như thật",
                        True,
                    ),
                ],
                "explanation": (
                    "Deepfake dùng trí tuệ nhân tạo để ghép mặt, giả giọng, khiến người xem tưởng "
                    "là thật."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Dấu hiệu nào có thể cho thấy một video là deepfake? (Chọn tất cả đáp án đúng)"
                ),
                "choices": [
                    ("Nội dung gây sốc nhưng không nguồn chính thống nào đưa tin", True),
                    (
                        "Video được công bố trên trang chính thức của cơ quan, tổ chức liên quan",
                        False,
                    ),
                    ("Khẩu hình miệng không khớp với lời nói", True),
                    ("Ánh sáng, viền mặt hoặc bàn tay trông bất thường", True),
                ],
                "explanation": (
                    "Hãy quan sát kĩ chi tiết và kiểm chứng nguồn. "
                    "Deepfake ngày càng giống thật nên nguồn tin rất quan trọng."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Dùng trí tuệ nhân tạo ghép mặt bạn cùng lớp vào ảnh để trêu chọc chỉ là đùa, "
                    "không gây hại."
                ),
                "answer": False,
                "explanation": (
                    "Đó là xâm phạm hình ảnh của người khác và có thể là bắt nạt trên mạng. "
                    "Hình ảnh là thông tin cá nhân cần được tôn trọng."
                ),
            },
            {
                "kind": "choice",
                "text": (
                    "Bạn nhận cuộc gọi video có khuôn mặt và giọng giống người thân, nhờ chuyển "
                    "tiền gấp. Bạn nên làm gì?"
                ),
                "choices": [
                    ("Chuyển tiền ngay vì đã nhìn thấy mặt", False),
                    ("Gửi thêm mã OTP để xác nhận", False),
                    ("Cúp máy, gọi lại cho người thân qua số quen thuộc để xác minh", True),
                ],
                "explanation": (
                    "Kẻ gian có thể giả mặt và giọng nói. "
                    "Luôn xác minh qua một kênh khác trước khi chuyển tiền."
                ),
            },
            {
                "kind": "choice",
                "text": "Khi dùng công cụ trò chuyện trí tuệ nhân tạo để học, điều nào đúng?",
                "choices": [
                    (
                        (
                            "Kiểm tra lại thông tin vì công cụ có thể trả lời sai, và không nhập "
                            "thông tin cá nhân"
                        ),
                        True,
                    ),
                    ("Chép nguyên câu trả lời để nộp bài, không cần kiểm tra", False),
                    ("Nhập họ tên, địa chỉ, ảnh để công cụ hiểu mình hơn", False),
                ],
                "explanation": (
                    "Trí tuệ nhân tạo là trợ thủ, không phải nguồn luôn đúng. "
                    "Thông tin cá nhân bạn nhập có thể bị lưu lại."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Nếu ảnh của bạn bị dùng để tạo deepfake xúc phạm, bạn có quyền báo cáo và "
                    "được giúp đỡ."
                ),
                "answer": True,
                "explanation": (
                    "Trẻ em có quyền được bảo vệ trên mạng. "
                    "Hãy lưu bằng chứng, báo cáo nền tảng, gọi 111 hoặc gửi báo cáo xâm hại qua "
                    "vn-cop.vn."
                ),
            },
            {
                "kind": "open",
                "text": (
                    "Trí tuệ nhân tạo có thể giúp bạn học tập thế nào, và bạn sẽ đặt ra quy tắc gì "
                    "cho mình khi dùng nó?"
                ),
                "explanation": (
                    "Câu trả lời tốt nêu lợi ích (giải thích bài, gợi ý ý tưởng) và quy tắc: kiểm "
                    "chứng thông tin, nói rõ khi có dùng trí tuệ nhân tạo, không chép nguyên, "
                    "không nhập thông tin cá nhân, không tạo nội dung giả về người khác."
                ),
            },
        ],
    },
}
